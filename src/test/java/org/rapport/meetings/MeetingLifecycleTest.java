package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BundleKey;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;

/** The meeting's lifecycle: every legal path, every refusal, and the timeline each act leaves. */
class MeetingLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Meeting meeting;

    @BeforeEach
    void newMeeting() {
        Student student = new Student("S1", "Priya", "Raman", "priya@students.example", "Arts", "Statistics",
                ClassYear.FINAL_YEAR);
        meeting = new Meeting(student, Connector.privateFor(student, "Dana Whitfield"), null, "Learn", 20);
        meeting.recordPlanned(NOW.minusSeconds(86_400 * 10));
    }

    /** Requests and schedules a meeting for tomorrow afternoon (used by other meeting tests). */
    static void book(Meeting meeting, LocalDate today) {
        Instant now = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
        meeting.markRequestSent(today.minusDays(3), today, now, null);
        meeting.schedule(schedule(today.plusDays(1).atTime(15, 0).toInstant(ZoneOffset.UTC)), 20, now, null);
    }

    private static MeetingSchedule schedule(Instant start) {
        return new MeetingSchedule(start, MeetingMode.PHONE, "+44 20 7946 0000", Caller.STUDENT_CALLS, false,
                ZoneId.of("Europe/London"), NEW_YORK);
    }

    @Test
    void theHappyPathLeavesATimelineOfEveryAct() {
        meeting.markRequestSent(TODAY, TODAY, NOW, "e-mail");
        meeting.schedule(schedule(NOW.plusSeconds(86_400 * 3)), 30, NOW, null);
        meeting.markConfirmed(NOW.plusSeconds(86_400), null);
        meeting.markHeld(TODAY, 28, TODAY.plusDays(3), NOW.plusSeconds(86_400 * 3));
        meeting.markThanked(TODAY.plusDays(3), TODAY.plusDays(3), NOW.plusSeconds(86_400 * 3 + 3600), null);
        meeting.close(NOW.plusSeconds(86_400 * 5), null);

        assertEquals(MeetingState.CLOSED, meeting.getState());
        assertEquals(List.of(MeetingAction.PLAN, MeetingAction.MARK_REQUEST_SENT, MeetingAction.SCHEDULE,
                        MeetingAction.MARK_CONFIRMED, MeetingAction.MARK_HELD, MeetingAction.MARK_THANKED,
                        MeetingAction.CLOSE),
                meeting.getTimeline().stream().map(MeetingEvent::getAction).toList());
        MeetingEvent scheduled = meeting.getTimeline().get(2);
        assertEquals(MeetingState.REQUESTED, scheduled.getFromState());
        assertEquals(MeetingState.SCHEDULED, scheduled.getToState());
        assertEquals(30, meeting.getPlannedMinutes(), "the agreed length becomes the meeting's length");
        assertEquals("e-mail", meeting.getTimeline().get(1).getDetail());
        assertEquals(TODAY, meeting.getRequestedOn());
        assertEquals(TODAY.plusDays(3), meeting.getThankedOn());
    }

    @Test
    void noAnswerThenAFollowUpThenAnObjectionAnsweredThenADecline() {
        meeting.markRequestSent(TODAY.minusDays(9), TODAY, NOW, null);
        meeting.markFollowUpSent(TODAY, TODAY, NOW, null);
        assertEquals(MeetingState.FOLLOWED_UP, meeting.getState());
        assertThrows(BusinessException.class, () -> meeting.markFollowUpSent(TODAY, TODAY, NOW, null),
                "one follow-up, not a stream of them");
        meeting.recordObjection(NOW, "BUSY");
        meeting.markObjectionAnswered(TODAY, TODAY, NOW, null);
        assertEquals(MeetingState.REQUESTED, meeting.getState());
        assertEquals(TODAY, meeting.getRequestedOn(), "answering an objection restarts the follow-up clock");
        meeting.recordDecline(NOW, null);
        assertEquals(MeetingState.DECLINED, meeting.getState());
        assertFalse(meeting.getState().isPreparing());
        meeting.close(NOW, null);
        assertTrue(meeting.getState().isFinished());
    }

    @Test
    void rescheduleKeepsTheMeetingBookedAndConfirmationMustBeRedone() {
        book(meeting, TODAY);
        meeting.markConfirmed(NOW, null);
        meeting.schedule(schedule(NOW.plusSeconds(86_400 * 7)), 20, NOW, "They moved it a week");
        assertEquals(MeetingState.SCHEDULED, meeting.getState());
        assertEquals(MeetingAction.RESCHEDULE, meeting.getTimeline().get(meeting.getTimeline().size() - 1)
                .getAction());
        assertTrue(meeting.allows(MeetingAction.MARK_CONFIRMED));
    }

    @Test
    void illegalActsAreRefusedWithTheStageAndTheActNamed() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> meeting.markConfirmed(NOW, null));
        assertEquals("meeting.state.refused", refused.getMessageKey());
        assertEquals(new BundleKey("meeting.state.PLANNED"), refused.getArguments()[0]);
        assertEquals(new BundleKey("meeting.action.MARK_CONFIRMED"), refused.getArguments()[1]);
        assertThrows(BusinessException.class, () -> meeting.markThanked(TODAY, TODAY, NOW, null));
        assertThrows(BusinessException.class, () -> meeting.recordObjection(NOW, null));
        assertThrows(BusinessException.class, () -> meeting.schedule(schedule(NOW.plusSeconds(60)), 20, NOW, null),
                "a time is agreed in answer to a request");
        assertEquals(1, meeting.getTimeline().size(), "refused acts leave no trace");
        meeting.cancel(NOW, "Changed my mind");
        assertThrows(BusinessException.class, () -> meeting.markRequestSent(TODAY, TODAY, NOW, null),
                "cancelled is final");
        assertEquals(MeetingState.CANCELLED, meeting.getState());
    }

    @Test
    void datesAndTimesAreChecked() {
        assertThrows(InvalidFieldException.class, () -> meeting.markRequestSent(TODAY.plusDays(1), TODAY, NOW, null));
        meeting.markRequestSent(TODAY, TODAY, NOW, null);
        InvalidFieldException past = assertThrows(InvalidFieldException.class,
                () -> meeting.schedule(schedule(NOW.minusSeconds(60)), 20, NOW, null));
        assertEquals("startDate", past.getField());
        assertThrows(InvalidFieldException.class, () -> meeting.schedule(schedule(NOW.plusSeconds(3600)), 4, NOW,
                null));
        assertNull(meeting.getSchedule(), "nothing agreed yet");
        meeting.schedule(schedule(NOW.plusSeconds(3600)), 20, NOW, null);
        assertTrue(meeting.getSchedule().zonesDiffer());
        meeting.markHeld(TODAY, 20, TODAY, NOW.plusSeconds(7200));
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> meeting.markThanked(TODAY.minusDays(1), TODAY, NOW, null));
        assertEquals("sentOn", early.getField());
    }

    @Test
    void everyStateIsReachableAndTheEnumAgreesWithTheActs() {
        Set<MeetingState> reached = EnumSet.of(MeetingState.PLANNED);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (MeetingState from : EnumSet.copyOf(reached)) {
                for (MeetingAction action : MeetingAction.values()) {
                    if (action.allowedFrom(from)) {
                        assertTrue(from.canMoveTo(action.target()), action + " from " + from);
                        grew |= reached.add(action.target());
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(MeetingState.class), reached);
        assertTrue(MeetingState.CLOSED.next().isEmpty());
        assertTrue(MeetingState.CANCELLED.next().isEmpty());
        assertFalse(MeetingState.HELD.canMoveTo(MeetingState.PLANNED));
        assertFalse(MeetingState.PLANNED.canMoveTo(MeetingState.HELD), "held only after a time was agreed");
        assertTrue(MeetingState.CONFIRMED.isPreparing());
        assertFalse(MeetingState.HELD.isPreparing());
    }
}
