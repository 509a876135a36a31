package org.rapport.meetings;

/** Where a list item came from. Bundle key {@code meeting.source.<NAME>}. */
public enum QuestionSource {
    BANK,
    OWN,
    HYPOTHESIS,
    NEWS;

    public String messageKey() {
        return "meeting.source." + name();
    }
}
