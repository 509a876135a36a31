package org.rapport.meetings;

/** What happened to a list item in the meeting. Bundle key {@code meeting.outcome.<NAME>}. */
public enum QuestionOutcome {
    NOT_YET,
    ASKED,
    SKIPPED,
    OUT_OF_TIME;

    public String messageKey() {
        return "meeting.outcome." + name();
    }
}
