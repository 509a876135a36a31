package org.rapport.reminders;

import java.io.Serializable;
import java.time.Instant;

/** Where a message sent from Rapport stands, for the page that sent it: sent, waiting (with its last error), failed. */
public record OutboxStatus(OutboxState state, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt)
        implements Serializable {

    static OutboxStatus of(OutboxEntry entry) {
        return new OutboxStatus(entry.getState(), entry.getAttempts(), entry.getLastError(),
                entry.getNextAttemptAt(), entry.getSentAt());
    }
}
