package org.rapport.outreach;

/** How a message reaches the connector. Bundle key {@code message.channel.<NAME>}. */
public enum MessageChannel {
    EMAIL,
    /** A script the student reads from on the phone. */
    PHONE,
    LETTER;

    /** Only e-mail has a subject line. */
    public boolean hasSubject() {
        return this == EMAIL;
    }

    public String messageKey() {
        return "message.channel." + name();
    }
}
