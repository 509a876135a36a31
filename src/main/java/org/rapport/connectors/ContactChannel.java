package org.rapport.connectors;

/** How a connector prefers to be approached. Bundle key {@code connector.channel.<NAME>}. */
public enum ContactChannel {
    EMAIL,
    PHONE,
    LETTER,
    IN_PERSON;

    public String messageKey() {
        return "connector.channel." + name();
    }
}
