package org.rapport.outreach.lifecycle;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.rapport.meetings.Caller;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingState;
import org.rapport.outreach.MessageKind;

/**
 * What the meeting page shows under "What happens next": the stage, the acts the owner may take now (none for an
 * advisor, who reads), the agreed time in both parties' zones, the objections recorded with the suggested replies
 * to the latest one, the messages the student can write now, and the timeline of every act.
 *
 * @param referrerToUpdate whether someone referred the student to this connector and, once thanked, has not had the
 *                         update yet
 * @param schedule the agreed time, or null before one was agreed
 * @param objections oldest first; the last one is the latest
 * @param composerKinds the messages that make sense to write now, the next step first
 * @param timeline every act in order, oldest first
 */
public record LifecyclePanel(long meetingId, long version, MeetingState state, String connectorName, boolean owner,
                             boolean referrerToUpdate, Acts acts, Schedule schedule, List<Objection> objections,
                             List<MessageKind> composerKinds, List<Step> timeline) implements Serializable {

    /** The acts allowed now, for the meeting's own student; all false for a reader. */
    public record Acts(boolean schedule, boolean reschedule, boolean objection, boolean decline, boolean cancel,
                       boolean close) implements Serializable {

        /** Whether the connector's answer can be recorded now (yes, an objection or no). */
        public boolean answer() {
            return schedule || objection || decline;
        }
    }

    /**
     * The agreed time as each party reads it ("Tuesday 10 March 2026, 09:00–09:30 EDT (America/New_York)").
     *
     * @param theirTime in the connector's zone
     * @param yourTime in the student's zone
     */
    public record Schedule(String theirTime, String yourTime, boolean zonesDiffer, int minutes, MeetingMode mode,
                           String place, Caller caller, boolean meal, boolean invitation) implements Serializable {
    }

    /** One objection recorded, with its suggested replies (bundle keys) and next action (bundle key). */
    public record Objection(ObjectionKind kind, String note, LocalDate raisedOn) implements Serializable {

        public List<String> replyKeys() {
            return java.util.stream.IntStream.rangeClosed(1, kind.replyCount()).mapToObj(kind::replyKey).toList();
        }
    }

    /** One row of the timeline; {@code at} is written in the student's zone. */
    public record Step(String actionKey, MeetingState from, MeetingState to, String at, String detail)
            implements Serializable {
    }

    /** The objection the student is answering now, or null. */
    public Objection latestObjection() {
        return objections.isEmpty() ? null : objections.get(objections.size() - 1);
    }

    /** The message to write next (the primary link), or null. */
    public MessageKind nextMessage() {
        return composerKinds.isEmpty() ? null : composerKinds.get(0);
    }

    /**
     * The bundle key of what the stage means and what comes next (a thank-you without a referrer, or whose referrer
     * has had the update, has less to do).
     */
    public String hintKey() {
        return "lifecycle.hint." + state + (state == MeetingState.THANKED && !referrerToUpdate ? ".noReferrer" : "");
    }
}
