package org.rapport.connectors;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How many open requests a directory volunteer takes in a window of days: the office-wide default, or the
 * volunteer's own override. A request counts for the window in force when it was made.
 */
public record FatigueCap(int maxOpenRequests, int days) implements Serializable {

    public FatigueCap {
        if (maxOpenRequests < 1 || days < 1) {
            throw new IllegalArgumentException("a fatigue cap needs at least one request and one day");
        }
    }

    /** The cap for {@code connector}: its override when it has one, otherwise the office default. */
    public static FatigueCap forConnector(Connector connector, FatigueCap officeDefault) {
        return forOverride(connector.getCapRequests(), connector.getCapDays(), officeDefault);
    }

    public static FatigueCap forOverride(Integer requests, Integer days, FatigueCap officeDefault) {
        return requests == null || days == null ? officeDefault : new FatigueCap(requests, days);
    }

    /** Whether one more request fits beside {@code openRequests} that still count. */
    public boolean allowsAnother(long openRequests) {
        return openRequests < maxOpenRequests;
    }

    /** How many more requests fit. */
    public long remaining(long openRequests) {
        return Math.max(0, maxOpenRequests - openRequests);
    }

    /** Until when a request made at {@code requestedAt} counts. */
    public Instant countsUntil(Instant requestedAt) {
        return requestedAt.plus(Duration.ofDays(days));
    }
}
