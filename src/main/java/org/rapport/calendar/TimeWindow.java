package org.rapport.calendar;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time the student can offer for a meeting, stored as instants so it means the same in every zone. */
public record TimeWindow(Instant startsAt, Instant endsAt) implements Serializable {

    /** @throws IllegalArgumentException when the window does not end after it starts */
    public TimeWindow {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A time window must end after it starts: " + startsAt + " " + endsAt);
        }
    }

    /** The window's length in whole minutes. */
    public int minutes() {
        return Math.toIntExact(Duration.between(startsAt, endsAt).toMinutes());
    }
}
