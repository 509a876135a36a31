package org.rapport.reminders;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A mail staff should look at: failed, or waiting after a failed attempt, with the server's last error. */
public record OutboxProblem(long id, long version, String studentName, OutboxKind kind, OutboxState state,
                            String toAddress, String subject, int attempts, String lastError, Instant nextAttemptAt)
        implements Serializable {

    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    /** When a waiting mail is tried next, in UTC to the minute (staff may sit in any zone). */
    public String nextAttemptUtc() {
        return UTC_MINUTES.format(nextAttemptAt);
    }

    static OutboxProblem of(OutboxEntry entry) {
        return new OutboxProblem(entry.getId(), entry.getVersion(), entry.getStudent().getDisplayName(),
                entry.getKind(), entry.getState(), entry.getToAddress(), entry.getSubject(), entry.getAttempts(),
                entry.getLastError(), entry.getNextAttemptAt());
    }
}
