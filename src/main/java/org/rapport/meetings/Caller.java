package org.rapport.meetings;

/** For a phone or video meeting, who starts the call. Bundle key {@code meeting.caller.<NAME>}. */
public enum Caller {
    STUDENT_CALLS,
    CONNECTOR_CALLS,
    NOT_APPLICABLE;

    public String messageKey() {
        return "meeting.caller." + name();
    }
}
