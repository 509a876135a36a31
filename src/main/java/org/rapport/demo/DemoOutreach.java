package org.rapport.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.compose.MeetingMessage;
import org.rapport.outreach.compose.SentVia;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;

/**
 * The messages and tasks around the demo student's meetings, written the way the composer and the scheduler would
 * have left them: one message per meeting and kind (sent ones marked sent on their day), generated tasks titled with
 * the person's name and keyed like the services key them, so a scheduler run never adds a second copy.
 */
final class DemoOutreach {

    private final EntityManager entityManager;
    private final ZoneId zone;

    DemoOutreach(EntityManager entityManager, ZoneId zone) {
        this.entityManager = entityManager;
        this.zone = zone;
    }

    /** The instant of a local time on a day in the student's zone. */
    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    /** An e-mail to the meeting's connector, sent on {@code sentOn} from the student's own mail, or a draft. */
    MeetingMessage email(Meeting meeting, MessageKind kind, String subject, String body, LocalDate sentOn) {
        MeetingMessage message = new MeetingMessage(meeting.getStudent(), meeting, meeting.getConnector(),
                MeetingMessage.keyFor(meeting.getId(), kind), kind, MessageChannel.EMAIL);
        message.draft(MessageChannel.EMAIL, subject, body, null);
        if (sentOn != null) {
            message.markSent(sentOn, SentVia.OWN_MAIL);
        }
        entityManager.persist(message);
        return message;
    }

    /** A task the services would have generated for this meeting, about {@code person}. */
    StudentTask task(Meeting meeting, TaskKind kind, Connector person, LocalDate dueOn, String dedupeKey) {
        StudentTask task = new StudentTask(meeting.getStudent(), meeting.getId(), person.getId(), kind,
                person.getFullName(), dueOn, dedupeKey);
        entityManager.persist(task);
        return task;
    }

    /** The same task, already ticked off at the given moment. */
    StudentTask done(Meeting meeting, TaskKind kind, Connector person, LocalDate dueOn, String dedupeKey,
                     Instant doneAt) {
        StudentTask task = task(meeting, kind, person, dueOn, dedupeKey);
        task.markDone(doneAt);
        return task;
    }

    static String thankYouKey(Meeting meeting) {
        return "THANK_YOU:m" + meeting.getId();
    }

    static String confirmKey(Meeting meeting) {
        return "CONFIRM:m" + meeting.getId() + ":" + meeting.getSchedule().getStartsAt().getEpochSecond();
    }

    static String followUpKey(Meeting meeting) {
        return "FOLLOW_UP:m" + meeting.getId() + ":" + meeting.getRequestedOn();
    }

    static String referrerKey(Meeting meeting) {
        return "UPDATE_REFERRER:m" + meeting.getId();
    }
}
