package org.rapport.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Caller;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.lifecycle.MeetingObjection;
import org.rapport.outreach.lifecycle.ObjectionKind;
import org.rapport.people.Student;
import org.rapport.questionbank.QuestionCategory;
import org.rapport.tasks.TaskKind;

/**
 * The demo student's meetings beyond the first three, so every state of the lifecycle shows: held yesterday (the
 * thank-you due today), requested two days ago, requested nine days ago (old enough for the scheduler's follow-up
 * task), followed up, an objection ("busy"), declined, scheduled in five days with a connector in another time zone,
 * cancelled and booked again (confirmed for tomorrow), thanked (the update to the referrer snoozed) and closed. Every
 * act happens on a past day through the meeting's verbs, so the timelines read as they happened; the tasks cover
 * every status (due, overdue, upcoming, snoozed, done).
 */
final class DemoLifecycle {

    /** The demo student's connectors this needs: her own ten and the two asked for from the directory. */
    static final int CONNECTORS = 12;
    /** The meetings added here (the short list becomes the meeting held yesterday, and is counted already). */
    static final int MEETINGS = 10;

    private static final ZoneId ELSEWHERE = ZoneId.of("America/New_York");
    private static final List<QuestionCategory> SHORT = List.of(QuestionCategory.BACKGROUND,
            QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.COMPETITIVE_FEEDBACK, QuestionCategory.REFERRALS);

    private final DemoMeetings meetings;
    private final DemoOutreach outreach;
    private final Student student;
    private final LocalDate today;
    private final List<Connector> connectors;

    DemoLifecycle(DemoMeetings meetings, DemoOutreach outreach, Student student, LocalDate today,
                  List<Connector> connectors) {
        this.meetings = meetings;
        this.outreach = outreach;
        this.student = student;
        this.today = today;
        this.connectors = connectors;
    }

    void build(Meeting heldYesterday) {
        heldYesterday(heldYesterday);
        followedUp(connectors.get(3));
        requested(connectors.get(4), "Learn how a buyer's week is split between suppliers and the plant.", 2);
        closed(connectors.get(5));
        thanked(connectors.get(6));
        requested(connectors.get(7), "Hear how a planning team forecasts demand for seasonal products.", 9);
        objection(connectors.get(8));
        scheduled(connectors.get(9));
        cancelledThenConfirmed(connectors.get(10));
        declined(connectors.get(11));
    }

    /** Requested, scheduled, confirmed and held yesterday: the thank-you is due today. */
    private void heldYesterday(Meeting meeting) {
        Connector them = meeting.getConnector();
        // Asked after the conversation with the referrer twelve days ago.
        request(meeting, 11);
        Instant start = outreach.at(day(-1), 16, 0);
        meeting.schedule(schedule(start, MeetingMode.IN_PERSON, "Their office, third floor meeting room",
                Caller.NOT_APPLICABLE, false, zoneOf(them)), 30, outreach.at(day(-10), 11, 5), null);
        confirm(meeting, day(-3), "tomorrow at 16:00", "I will come to your office and ask for you at reception.");
        meeting.markHeld(day(-1), 35, today, outreach.at(day(-1), 16, 45));
        outreach.task(meeting, TaskKind.THANK_YOU, them, today, DemoOutreach.thankYouKey(meeting));
    }

    /** No answer to the request after a week: the follow-up went out (its task done). */
    private void followedUp(Connector them) {
        Meeting meeting = plan(them, "Find out what a demand planner needs to know in the first year.", day(-18));
        request(meeting, 16);
        outreach.done(meeting, TaskKind.FOLLOW_UP, them, day(-9), DemoOutreach.followUpKey(meeting),
                outreach.at(day(-8), 10, 20));
        outreach.email(meeting, MessageKind.FOLLOW_UP, DemoWording.followUpSubject(),
                DemoWording.followUp(student, them, them.getReferredBy()), day(-8));
        meeting.markFollowUpSent(day(-8), today, outreach.at(day(-8), 10, 20), null);
    }

    /** Only the request went out, {@code daysAgo} days ago. */
    private void requested(Connector them, String purpose, int daysAgo) {
        request(plan(them, purpose, day(-daysAgo - 3)), daysAgo);
    }

    /** Held two months ago, thanked the next day, and closed once there was nothing left to do. */
    private void closed(Connector them) {
        Meeting meeting = plan(them, "Ask how a logistics graduate scheme rotates people between sites.",
                day(-80));
        request(meeting, 75);
        meeting.schedule(schedule(outreach.at(day(-60), 12, 30), MeetingMode.IN_PERSON,
                "Coffee near their office", Caller.NOT_APPLICABLE, true, zoneOf(them)), 30,
                outreach.at(day(-70), 9, 0), null);
        meeting.markHeld(day(-60), 40, today, outreach.at(day(-60), 13, 15));
        thank(meeting, day(-59), "how the rotations are chosen", "apply for the spring site visit");
        meeting.close(outreach.at(day(-45), 17, 0), "Introduced me to a colleague; nothing more to do here.");
    }

    /** Held four days ago and thanked; the update to the referrer is snoozed until after a next step. */
    private void thanked(Connector them) {
        Meeting meeting = plan(them, "Learn how procurement teams judge a supplier's risk.", day(-24));
        request(meeting, 21);
        Instant start = outreach.at(day(-4), 17, 0);
        meeting.schedule(schedule(start, MeetingMode.VIDEO, "Video call; they sent the link",
                Caller.CONNECTOR_CALLS, false, zoneOf(them)), 20, outreach.at(day(-17), 14, 0), null);
        confirm(meeting, day(-6), "on " + day(-4) + " at 17:00", "I have the video link you sent.");
        meeting.markHeld(day(-4), 25, today, outreach.at(day(-4), 17, 30));
        thank(meeting, day(-3), "supplier scorecards", "read the two reports you mentioned");
        Connector referrer = them.getReferredBy();
        if (referrer != null) {
            outreach.task(meeting, TaskKind.UPDATE_REFERRER, referrer, day(-1), DemoOutreach.referrerKey(meeting))
                    .snooze(day(3), today);
            outreach.email(meeting, MessageKind.REFERRER_UPDATE, "Thank you for the introduction",
                    DemoWording.referrerUpdate(student, referrer, them), null);
        }
    }

    /** Requested; they answered that they are busy until the quarter closes. The reply is still a draft. */
    private void objection(Connector them) {
        Meeting meeting = plan(them, "Understand what a warehouse operations lead looks for in graduates.",
                day(-9));
        request(meeting, 6);
        meeting.recordObjection(outreach.at(day(-3), 8, 40), "Busy until the quarter closes.");
        meetings.entityManager().persist(new MeetingObjection(meeting, ObjectionKind.BUSY,
                "Swamped until the quarter closes; said to try again after the 15th.", day(-3)));
        outreach.email(meeting, MessageKind.OBJECTION_REPLY, "Re: a short conversation",
                DemoWording.objectionReply(student, them), null);
    }

    /** Agreed two days ago for five days from now, by phone, with a connector in another time zone. */
    private void scheduled(Connector them) {
        Meeting meeting = plan(them, "Hear how a transport planner in another region plans the peak season.",
                day(-11));
        request(meeting, 8);
        ZoneId theirs = zoneOf(them);
        Instant start = outreach.at(day(5), 15, 0);
        if (theirs.getRules().getOffset(start).equals(zone().getRules().getOffset(start))) {
            theirs = ELSEWHERE;
        }
        meeting.schedule(schedule(start, MeetingMode.PHONE, "+1 312 555 0148", Caller.STUDENT_CALLS, false,
                theirs), 20, outreach.at(day(-2), 13, 10), null);
        outreach.task(meeting, TaskKind.CONFIRM, them, day(3), DemoOutreach.confirmKey(meeting));
    }

    /** Booked, then called off when they had to travel; booked again and confirmed for tomorrow. */
    private void cancelledThenConfirmed(Connector them) {
        Meeting first = plan(them, "Learn how a volunteer mentor got into sustainable sourcing.", day(-33));
        request(first, 30);
        first.schedule(schedule(outreach.at(day(-15), 15, 0), MeetingMode.VIDEO, "Video call",
                Caller.STUDENT_CALLS, false, zoneOf(them)), 20, outreach.at(day(-25), 9, 45), null);
        first.cancel(outreach.at(day(-17), 18, 5), "They had to travel that week and asked to find another date.");

        Meeting again = plan(them, "Learn how a volunteer mentor got into sustainable sourcing.", day(-16));
        request(again, 16);
        Instant start = outreach.at(day(1), 14, 0);
        again.schedule(schedule(start, MeetingMode.VIDEO, "Video call; I send the link", Caller.STUDENT_CALLS,
                false, zoneOf(them)), 20, outreach.at(day(-12), 10, 30), null);
        confirm(again, day(-1), "tomorrow at 14:00", "I will send the video link an hour before.");
    }

    /** Requested three weeks ago; they said no. */
    private void declined(Connector them) {
        Meeting meeting = plan(them, "Ask how an analyst moved from retail into freight.", day(-23));
        request(meeting, 20);
        meeting.recordDecline(outreach.at(day(-14), 11, 0),
                "Not taking student meetings this term; wished me luck.");
    }

    private Meeting plan(Connector them, String purpose, LocalDate plannedOn) {
        return meetings.meeting(student, them, purpose, 20, SHORT, plannedOn);
    }

    /** The request e-mail went out {@code daysAgo} days ago, naming the referrer first when there is one. */
    private void request(Meeting meeting, int daysAgo) {
        Connector them = meeting.getConnector();
        outreach.email(meeting, MessageKind.REQUEST, DemoWording.requestSubject(them.getReferredBy()),
                DemoWording.request(student, them, them.getReferredBy(), meeting.getPlannedMinutes()),
                day(-daysAgo));
        meeting.markRequestSent(day(-daysAgo), today, outreach.at(day(-daysAgo), 9, 40), null);
    }

    /** The confirmation went out on {@code on}; its task is done. */
    private void confirm(Meeting meeting, LocalDate on, String when, String where) {
        Connector them = meeting.getConnector();
        Instant at = outreach.at(on, 12, 0);
        outreach.done(meeting, TaskKind.CONFIRM, them, on, DemoOutreach.confirmKey(meeting), at);
        outreach.email(meeting, MessageKind.CONFIRMATION, "Confirming our conversation " + when,
                DemoWording.confirmation(student, them, when, where), on);
        meeting.markConfirmed(at, null);
    }

    /** The thank-you went out on {@code on}; its task is done. */
    private void thank(Meeting meeting, LocalDate on, String helped, String nextSteps) {
        Connector them = meeting.getConnector();
        Instant at = outreach.at(on, 9, 15);
        outreach.done(meeting, TaskKind.THANK_YOU, them, meeting.getHeldOn().plusDays(1),
                DemoOutreach.thankYouKey(meeting), at);
        outreach.email(meeting, MessageKind.THANK_YOU, DemoWording.thanksSubject(),
                DemoWording.thanks(student, them, helped, nextSteps), on);
        meeting.markThanked(on, today, at, null);
    }

    private MeetingSchedule schedule(Instant start, MeetingMode mode, String place, Caller caller, boolean meal,
                                     ZoneId theirs) {
        return new MeetingSchedule(start, mode, place, caller, meal, zone(), theirs);
    }

    private ZoneId zone() {
        return student.zone();
    }

    private static ZoneId zoneOf(Connector connector) {
        return connector.getTimeZone() == null ? ELSEWHERE : ZoneId.of(connector.getTimeZone());
    }

    private LocalDate day(int offset) {
        return today.plusDays(offset);
    }
}
