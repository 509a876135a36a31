package org.rapport.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The resolved instant of a local date and time in a zone; ambiguous when the local time occurs twice (clocks go
 * back) — then the EARLIER offset is used, so the meeting is at the first of the two readings.
 */
public record ResolvedTime(Instant instant, ZoneOffset offset, boolean ambiguous) implements Serializable {

    public ResolvedTime {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(offset, "offset");
    }
}
