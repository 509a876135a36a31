package org.rapport.reminders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, as the outbox stores it: microseconds, like {@code DATETIME(6)}, so a stored time compares equal to itself. */
final class MailClock {

    private MailClock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
