package org.rapport.people;

import java.io.Serializable;
import java.time.ZoneId;

/** The signed-in student as lists need them: their record's id and time zone (their own days), nothing to load. */
public record StudentRef(long id, String timeZone) implements Serializable {

    /** The student's time zone, UTC while they have not set one. */
    public ZoneId zone() {
        return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    }
}
