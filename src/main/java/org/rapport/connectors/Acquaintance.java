package org.rapport.connectors;

/** How the student knows a connector. Bundle key {@code connector.acquaintance.<NAME>}. */
public enum Acquaintance {
    /** They have met before. */
    MET_BEFORE,
    /** Someone referred the student; the referrer is linked. */
    REFERRED,
    /** No connection yet: a cold approach. */
    COLD;

    public String messageKey() {
        return "connector.acquaintance." + name();
    }
}
