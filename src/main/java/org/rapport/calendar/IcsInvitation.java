package org.rapport.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a meeting as an iCalendar file (RFC 5545) a student adds to their calendar. The start and end carry the
 * meeting's zone as TZID, and the file holds that zone's VTIMEZONE from iCal4j's bundled definitions, so a
 * calendar in any zone places the meeting at the right instant even across a daylight-saving change.
 * No network is used: ical4j.properties turns iCal4j's zone updates off.
 */
public final class IcsInvitation {

    /** Identifies the program that wrote the file (PRODID), as RFC 5545 asks. */
    public static final String PRODUCT_ID = "-//Rapport//Informational interviews//EN";

    private IcsInvitation() {
    }

    /**
     * An RFC 5545 VCALENDAR (METHOD:PUBLISH) with one VEVENT whose DTSTART/DTEND carry TZID=&lt;zone&gt; and a
     * VTIMEZONE for that zone from iCal4j's registry, UTF-8 bytes, CRLF line endings as iCal4j writes them. A zone
     * that is UTC (a student who has not set theirs) or that iCal4j has no definition for is written in UTC
     * ({@code DTSTART:…Z}, no VTIMEZONE): the instant is the same and every calendar shows it in its own zone.
     */
    public static byte[] write(InvitationDetails details) {
        TimeZone timeZone = definitionOf(details.zone());
        ZonedDateTime start = details.start().atZone(details.zone());
        ZonedDateTime end = start.plusMinutes(details.minutes());

        VEvent event = new VEvent(false);
        event.add(new Uid(details.uid()));
        event.add(new Sequence(details.sequence()));
        event.add(new DtStamp(details.stamp()));
        if (timeZone == null) {
            event.add(new DtStart<>(start.toInstant()));
            event.add(new DtEnd<>(end.toInstant()));
        } else {
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(end));
        }
        // Stripped: readers drop a value's trailing spaces, so the file says exactly what a calendar will show.
        event.add(new Summary(details.summary().strip()));
        if (details.description() != null && !details.description().isBlank()) {
            event.add(new Description(details.description().strip()));
        }
        if (details.location() != null && !details.location().isBlank()) {
            event.add(new Location(details.location().strip()));
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        calendar.add(event);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // Not validating: PUBLISH strictly wants an ORGANIZER, which a student's own copy has no use for.
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** iCal4j's definition of the zone, or null for UTC and for a zone it has none for (its cache then throws). */
    private static TimeZone definitionOf(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return null;
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        try {
            return registry.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
