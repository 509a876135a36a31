package org.rapport.feedback;

/** Whether the connector would consider hiring or referring the student. Bundle key {@code feedback.hiring.<NAME>}. */
public enum HiringStance {
    YES,
    MAYBE,
    NO,
    NOT_ASKED;

    public String messageKey() {
        return "feedback.hiring." + name();
    }
}
