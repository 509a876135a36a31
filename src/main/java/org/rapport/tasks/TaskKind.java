package org.rapport.tasks;

/** Why a task exists. Bundle key {@code task.kind.<NAME>}. */
public enum TaskKind {
    /** A next step a connector recommended in their competitive feedback. */
    NEXT_STEP,
    /** No answer to a request after the office's number of days: send a polite follow-up. */
    FOLLOW_UP,
    /** A day or two before a scheduled meeting: confirm time, place and number. */
    CONFIRM,
    /** Within a day of the meeting: send the thank-you. */
    THANK_YOU,
    /** After the thank-you, when someone referred the student to this connector: tell them how it went. */
    UPDATE_REFERRER,
    /** The student reported a success: tell someone who helped along the way. */
    TELL_HELPER,
    /** A referrer offered to introduce the student first: check back with them on the agreed day. */
    CHECK_IN;

    public String messageKey() {
        return "task.kind." + name();
    }

    /**
     * The message the composer writes for this task (the name of {@code org.rapport.outreach.MessageKind}), or
     * {@code null} when the task is not about a message. Kept as a name so tasks do not depend on outreach.
     */
    public String composerKind() {
        return switch (this) {
            case FOLLOW_UP -> "FOLLOW_UP";
            case CONFIRM -> "CONFIRMATION";
            case THANK_YOU -> "THANK_YOU";
            case UPDATE_REFERRER -> "REFERRER_UPDATE";
            case TELL_HELPER -> "TELL_HELPER";
            case CHECK_IN -> "CHECK_IN";
            case NEXT_STEP -> null;
        };
    }
}
