package org.rapport.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What an .ics invitation says about one meeting. The uid stays the same for the life of the meeting and the
 * sequence grows with each reschedule, so a calendar replaces the earlier invitation instead of adding a second one.
 * Description and location may be null or blank (then they are left out).
 */
public record InvitationDetails(String uid, int sequence, Instant start, int minutes, ZoneId zone, String summary,
                                String description, String location, Instant stamp) implements Serializable {

    /** @throws IllegalArgumentException for a blank uid or summary, a negative sequence or a length under a minute */
    public InvitationDetails {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(stamp, "stamp");
        if (uid.isBlank() || summary.isBlank()) {
            throw new IllegalArgumentException("An invitation needs a uid and a summary");
        }
        if (sequence < 0 || minutes < 1) {
            throw new IllegalArgumentException("Sequence " + sequence + " and length " + minutes + " are out of range");
        }
    }
}
