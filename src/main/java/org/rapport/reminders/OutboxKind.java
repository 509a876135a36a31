package org.rapport.reminders;

/** What an outbox mail is. Bundle key {@code mail.kind.<NAME>}. */
public enum OutboxKind {
    /** A reminder to a student about a task that is due (one per task and due date). */
    REMINDER,
    /** A message a student sent to a connector from Rapport (one per message). */
    MESSAGE;

    public String messageKey() {
        return "mail.kind." + name();
    }
}
