package org.rapport.reminders;

import java.io.Serializable;

/**
 * What one scheduler run did: follow-up tasks it created, reminders it queued, mails the server accepted and mails
 * that failed (they wait for a later attempt, with their error).
 */
public record RunReport(int followUpsCreated, int remindersQueued, int sent, int failed) implements Serializable {
}
