package org.rapport.connectors;

/** How senior a connector is; questions and tone are fitted to it. Bundle key {@code connector.level.<NAME>}. */
public enum ConnectorLevel {
    /** A peer or someone early in their career. */
    PEER,
    MID_CAREER,
    /** A senior leader or executive. */
    SENIOR;

    public String messageKey() {
        return "connector.level." + name();
    }
}
