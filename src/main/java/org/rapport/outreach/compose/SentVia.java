package org.rapport.outreach.compose;

/** How the student sent a message they marked as sent. Bundle key {@code message.sentVia.<NAME>}. */
public enum SentVia {
    /** From their own mail client (the mailto link or a copy). */
    OWN_MAIL,
    /** From Rapport, through the office's SMTP server. */
    RAPPORT,
    /** Said on the phone. */
    PHONE_CALL,
    /** Posted as a letter. */
    POST;

    public String messageKey() {
        return "message.sentVia." + name();
    }
}
