package org.rapport.reminders;

/** Where an outbox mail stands. Bundle key {@code mail.state.<NAME>}. */
public enum OutboxState {
    /** Waiting for its next attempt (the first, or a retry after a failure). */
    PENDING,
    /** Claimed by one scheduler run, which is handing it to the server now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /**
     * Needs a person: its sender stopped while sending, so it may or may not have gone out. Never retried on its own,
     * because a second copy is worse than a late one; staff retry it.
     */
    FAILED;

    public String messageKey() {
        return "mail.state." + name();
    }
}
