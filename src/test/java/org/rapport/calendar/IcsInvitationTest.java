package org.rapport.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

class IcsInvitationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant STAMP = Instant.parse("2026-03-01T10:15:00Z");

    private static InvitationDetails meeting(Instant start, int minutes, String description, String location) {
        return new InvitationDetails("meeting-42@rapport", 3, start, minutes, NEW_YORK,
                "Informational interview with Dana Whitfield", description, location, STAMP);
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static ZonedDateTime when(VEvent event, String name) {
        DateProperty<Temporal> property = event.<DateProperty<Temporal>>getProperty(name).orElseThrow();
        assertEquals("America/New_York", property.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue(), name);
        return (ZonedDateTime) property.getDate();
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void iCal4jIsToldNeverToFetchZoneUpdates() {
        // The servers have no internet; ical4j.properties on the class path must say so.
        assertEquals("false", Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse(null));
    }

    @Test
    void theMeetingKeepsItsLocalTimeZoneAndInstant() throws Exception {
        byte[] ics = IcsInvitation.write(meeting(Instant.parse("2026-03-10T13:00:00Z"), 30, null, null));

        VEvent event = event(parse(ics));
        ZonedDateTime start = when(event, Property.DTSTART);
        ZonedDateTime end = when(event, Property.DTEND);
        assertEquals(LocalDateTime.parse("2026-03-10T09:00"), start.toLocalDateTime());
        assertEquals(LocalDateTime.parse("2026-03-10T09:30"), end.toLocalDateTime());
        assertEquals(Instant.parse("2026-03-10T13:00:00Z"), start.toInstant());
        assertEquals(Instant.parse("2026-03-10T13:30:00Z"), end.toInstant());
        assertEquals("meeting-42@rapport", text(event, Property.UID));
        assertEquals(3, event.<Sequence>getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo());
        assertEquals("Informational interview with Dana Whitfield", text(event, Property.SUMMARY));
        assertEquals("20260301T101500Z", text(event, Property.DTSTAMP));
        assertFalse(event.getProperty(Property.DESCRIPTION).isPresent());
        assertFalse(event.getProperty(Property.LOCATION).isPresent());
    }

    @Test
    void theZonesOwnDefinitionTravelsWithTheInvitation() throws Exception {
        Calendar calendar = parse(IcsInvitation.write(meeting(Instant.parse("2026-03-10T13:00:00Z"), 30, null, null)));

        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        VTimeZone zone = zones.get(0);
        assertEquals("America/New_York", zone.getProperty(Property.TZID).map(Property::getValue).orElseThrow());
        Set<String> observances = zone.getObservances().stream().map(Component::getName).collect(Collectors.toSet());
        assertEquals(Set.of("DAYLIGHT", "STANDARD"), observances);
        assertEquals("-//Rapport//Informational interviews//EN", calendar.getProperty(Property.PRODID)
                .map(Property::getValue).orElseThrow());
        assertEquals("2.0", calendar.getProperty(Property.VERSION).map(Property::getValue).orElseThrow());
        assertEquals("GREGORIAN", calendar.getProperty(Property.CALSCALE).map(Property::getValue).orElseThrow());
        assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
    }

    @Test
    void aStudentWithoutAZoneGetsTheMeetingInUtcWithoutAZoneDefinition() throws Exception {
        // A student who has not set a time zone is in UTC: "UTC" as the schedule stores it, or the offset Z.
        for (ZoneId utc : List.of(ZoneId.of("UTC"), java.time.ZoneOffset.UTC, ZoneId.of("Etc/UTC"))) {
            byte[] ics = IcsInvitation.write(new InvitationDetails("meeting-7@rapport", 0,
                    Instant.parse("2026-03-10T13:00:00Z"), 20, utc, "Informational interview with Dana Whitfield",
                    null, null, STAMP));
            String text = new String(ics, StandardCharsets.UTF_8);
            assertTrue(text.contains("DTSTART:20260310T130000Z\r\n"), utc + ": " + text);
            assertTrue(text.contains("DTEND:20260310T132000Z\r\n"), utc + ": " + text);
            Calendar calendar = parse(ics);
            assertTrue(calendar.getComponents(Component.VTIMEZONE).isEmpty(), utc + " needs no definition");
            assertEquals("meeting-7@rapport", text(event(calendar), Property.UID));
        }
    }

    @Test
    void aZoneICal4jDoesNotKnowIsWrittenInUtcRatherThanRefused() throws Exception {
        // The JDK knows this fixed offset, iCal4j has no definition for it: the instant still travels, in UTC.
        byte[] ics = IcsInvitation.write(new InvitationDetails("meeting-8@rapport", 0,
                Instant.parse("2026-03-10T13:00:00Z"), 20, ZoneId.of("GMT+05:30"), "Interview", null, null, STAMP));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART:20260310T130000Z\r\n"), text);
        assertTrue(parse(ics).getComponents(Component.VTIMEZONE).isEmpty());
    }

    @Test
    void theFileIsUtf8WithCrlfLinesAndNamesTheZoneOnTheStart() {
        String ics = new String(IcsInvitation.write(meeting(Instant.parse("2026-03-10T13:00:00Z"), 30,
                "Ask about the analytics team", "Caf\u00e9 M\u00fcller")), StandardCharsets.UTF_8);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertTrue(ics.contains("\r\nDTSTART;TZID=America/New_York:20260310T090000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=America/New_York:20260310T093000\r\n"), ics);
        assertTrue(ics.contains("\r\nLOCATION:Caf\u00e9 M\u00fcller\r\n"), ics);
    }

    @Test
    void aMeetingAfterTheClocksGoBackUsesStandardTime() throws Exception {
        byte[] ics = IcsInvitation.write(meeting(Instant.parse("2026-11-02T14:00:00Z"), 30, null, null));

        ZonedDateTime start = when(event(parse(ics)), Property.DTSTART);
        assertEquals(LocalDateTime.parse("2026-11-02T09:00"), start.toLocalDateTime());
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), start.toInstant());
    }

    @Test
    void aMeetingTheDayBeforeTheClocksGoBackUsesDaylightTime() throws Exception {
        byte[] ics = IcsInvitation.write(meeting(Instant.parse("2026-10-31T13:00:00Z"), 30, null, null));

        ZonedDateTime start = when(event(parse(ics)), Property.DTSTART);
        assertEquals(LocalDateTime.parse("2026-10-31T09:00"), start.toLocalDateTime());
        assertEquals(Instant.parse("2026-10-31T13:00:00Z"), start.toInstant());
    }

    @Test
    void punctuationLineBreaksAndAccentsRoundTrip() throws Exception {
        String location = "Caf\u00e9 M\u00fcller; 3rd floor, room 2";
        String description = "Questions: growth, hiring; team culture\nBring: notebook \u2014 and thanks!\\ \u00e0 bient\u00f4t";

        VEvent event = event(parse(IcsInvitation.write(
                meeting(Instant.parse("2026-03-10T13:00:00Z"), 30, description, location))));

        assertEquals(location, text(event, Property.LOCATION));
        assertEquals(description, text(event, Property.DESCRIPTION));
    }

    @Test
    void aLongDescriptionIsFoldedAndUnfoldedBack() throws Exception {
        String description = ("Tell them who referred you, thank them for their time, and ask about \u00e9quipe "
                + "projects, mentoring, and what they wish they had known. ").repeat(4);

        byte[] ics = IcsInvitation.write(meeting(Instant.parse("2026-03-10T13:00:00Z"), 30, description, null));

        String raw = new String(ics, StandardCharsets.UTF_8);
        assertTrue(raw.lines().allMatch(line -> line.length() <= 75), "lines are folded");
        assertTrue(raw.lines().anyMatch(line -> line.startsWith(" ")), "a continuation line starts with a space");
        // The trailing space is dropped on the way out, as every reader would drop it on the way in.
        assertEquals(description.strip(), text(event(parse(ics)), Property.DESCRIPTION));
    }
}
