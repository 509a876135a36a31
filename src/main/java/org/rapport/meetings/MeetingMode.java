package org.rapport.meetings;

/** How the conversation happens. Bundle key {@code meeting.mode.<NAME>}. */
public enum MeetingMode {
    PHONE,
    VIDEO,
    IN_PERSON;

    public String messageKey() {
        return "meeting.mode." + name();
    }
}
