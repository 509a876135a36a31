package org.rapport.outreach.outcomes;

/** A success a student reports, which closes the loop with everyone who helped. Key {@code outcome.kind.<NAME>}. */
public enum OutcomeKind {
    OFFER_ACCEPTED,
    NEW_ROLE,
    GRADUATE_SCHOOL,
    OTHER;

    public String messageKey() {
        return "outcome.kind." + name();
    }
}
