package org.rapport.feedback;

/** "Would I be competitive for roles like this?" Bundle key {@code feedback.competitiveness.<NAME>}. */
public enum Competitiveness {
    YES,
    YES_WITH_GAPS,
    NOT_YET,
    NOT_DISCUSSED;

    public String messageKey() {
        return "feedback.competitiveness." + name();
    }
}
