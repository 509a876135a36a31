package org.rapport.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.platform.InvalidFieldException;

class MeetingTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ResolvedTime resolve(String date, String time, ZoneId zone) {
        return MeetingTimes.resolve(LocalDate.parse(date), LocalTime.parse(time), zone, "date", "time");
    }

    private static LocalTime londonTime(ResolvedTime resolved) {
        return resolved.instant().atZone(LONDON).toLocalTime();
    }

    @Test
    void knownZonesAreFoundAndSurroundingSpacesIgnored() {
        assertEquals(NEW_YORK, MeetingTimes.zone("America/New_York", "zone"));
        assertEquals(LONDON, MeetingTimes.zone("  Europe/London ", "zone"));
    }

    @Test
    void unknownBlankAndMissingZonesAreRefusedOnTheirField() {
        for (String id : new String[] {"Mars/Olympus", "", "   ", null, "+02:00", "europe/london"}) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> MeetingTimes.zone(id, "connectorZone"), "zone " + id);
            assertEquals("connectorZone", refused.getField());
            assertEquals("time.zone.unknown", refused.getMessageKey());
        }
    }

    @Test
    void anOrdinaryTimeResolvesToItsOnlyOffset() {
        ResolvedTime resolved = resolve("2026-03-10", "09:00", NEW_YORK);

        assertEquals(Instant.parse("2026-03-10T13:00:00Z"), resolved.instant());
        assertEquals(ZoneOffset.ofHours(-4), resolved.offset());
        assertFalse(resolved.ambiguous());
    }

    @Test
    void aTimeTheClocksSkipInNewYorkIsRefusedWithDateTimeAndZone() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> resolve("2026-03-08", "02:30", NEW_YORK));

        assertEquals("time", refused.getField());
        assertEquals("time.gap", refused.getMessageKey());
        assertArrayEquals(new Serializable[] {"Sunday 8 March 2026", "02:30", "America/New_York"},
                refused.getArguments());
    }

    @Test
    void theHourAroundTheSkippedOneStillResolves() {
        assertEquals(Instant.parse("2026-03-08T06:59:00Z"), resolve("2026-03-08", "01:59", NEW_YORK).instant());
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), resolve("2026-03-08", "03:00", NEW_YORK).instant());
    }

    @Test
    void aTimeTheClocksSkipInLondonIsRefused() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> resolve("2026-03-29", "01:30", LONDON));

        assertEquals("time", refused.getField());
        assertEquals("time.gap", refused.getMessageKey());
        assertEquals("Europe/London", refused.getArguments()[2]);
    }

    @Test
    void aTimeTheClocksRepeatTakesTheEarlierOffsetAndSaysSo() {
        ResolvedTime resolved = resolve("2026-11-01", "01:30", NEW_YORK);

        assertTrue(resolved.ambiguous());
        assertEquals(ZoneOffset.ofHours(-4), resolved.offset());
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), resolved.instant());
    }

    @Test
    void theSameMorningAfterTheRepeatedHourIsNotAmbiguous() {
        ResolvedTime resolved = resolve("2026-11-01", "09:00", NEW_YORK);

        assertFalse(resolved.ambiguous());
        assertEquals(ZoneOffset.ofHours(-5), resolved.offset());
        assertEquals(Instant.parse("2026-11-01T14:00:00Z"), resolved.instant());
    }

    @Test
    void newYorkAndLondonAreFourHoursApartWhileOnlyTheUsHasChangedItsClocks() {
        assertEquals(LocalTime.of(13, 0), londonTime(resolve("2026-03-10", "09:00", NEW_YORK)));
        assertEquals(LocalTime.of(14, 0), londonTime(resolve("2026-04-01", "09:00", NEW_YORK)));
        assertEquals(LocalTime.of(14, 0), londonTime(resolve("2026-03-05", "09:00", NEW_YORK)));
    }

    @Test
    void aMissingDateOrTimeIsRefusedOnItsOwnField() {
        InvalidFieldException noDate = assertThrows(InvalidFieldException.class,
                () -> MeetingTimes.resolve(null, LocalTime.NOON, LONDON, "meetingDate", "meetingTime"));
        assertEquals("meetingDate", noDate.getField());
        assertEquals("time.date.required", noDate.getMessageKey());

        InvalidFieldException noTime = assertThrows(InvalidFieldException.class,
                () -> MeetingTimes.resolve(LocalDate.of(2026, 3, 10), null, LONDON, "meetingDate", "meetingTime"));
        assertEquals("meetingTime", noTime.getField());
        assertEquals("time.time.required", noTime.getMessageKey());
    }

    @Test
    void confirmationIsDueOneOrTwoDaysBeforeTheMeetingsLocalDate() {
        Instant start = Instant.parse("2026-03-10T13:00:00Z");
        LocalDate today = LocalDate.of(2026, 3, 1);

        assertEquals(LocalDate.of(2026, 3, 8), MeetingTimes.confirmationDue(start, NEW_YORK, 2, today));
        assertEquals(LocalDate.of(2026, 3, 9), MeetingTimes.confirmationDue(start, NEW_YORK, 1, today));
    }

    @Test
    void confirmationIsNeverDueBeforeToday() {
        Instant start = Instant.parse("2026-03-10T13:00:00Z");

        assertEquals(LocalDate.of(2026, 3, 9),
                MeetingTimes.confirmationDue(start, NEW_YORK, 2, LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 3, 10),
                MeetingTimes.confirmationDue(start, NEW_YORK, 1, LocalDate.of(2026, 3, 10)));
    }

    @Test
    void confirmationCountsFromTheStudentsLocalDateNotUtcs() {
        // 00:30 on 10 March in Tokyo is still 9 March in UTC.
        Instant justAfterMidnight = Instant.parse("2026-03-09T15:30:00Z");
        LocalDate today = LocalDate.of(2026, 3, 1);

        assertEquals(LocalDate.of(2026, 3, 9), MeetingTimes.confirmationDue(justAfterMidnight, TOKYO, 1, today));
        assertEquals(LocalDate.of(2026, 3, 8), MeetingTimes.confirmationDue(justAfterMidnight, TOKYO, 2, today));
        assertEquals(LocalDate.of(2026, 3, 8), MeetingTimes.confirmationDue(justAfterMidnight, LONDON, 1, today));
    }

    @Test
    void confirmationNoticeOutsideOneToTwoDaysIsRejected() {
        Instant start = Instant.parse("2026-03-10T13:00:00Z");
        LocalDate today = LocalDate.of(2026, 3, 1);

        assertThrows(IllegalArgumentException.class, () -> MeetingTimes.confirmationDue(start, LONDON, 0, today));
        assertThrows(IllegalArgumentException.class, () -> MeetingTimes.confirmationDue(start, LONDON, 3, today));
    }

    @Test
    void describeNamesTheDayTheTimesAndTheZoneInForce() {
        assertEquals("Tuesday 3 March 2026, 14:00–14:30 GMT (Europe/London)",
                MeetingTimes.describe(Instant.parse("2026-03-03T14:00:00Z"), 30, LONDON));
        assertEquals("Tuesday 2 June 2026, 14:00–14:45 BST (Europe/London)",
                MeetingTimes.describe(Instant.parse("2026-06-02T13:00:00Z"), 45, LONDON));
        assertEquals("Tuesday 10 March 2026, 09:00–09:30 EDT (America/New_York)",
                MeetingTimes.describe(Instant.parse("2026-03-10T13:00:00Z"), 30, NEW_YORK));
    }

    @Test
    void describeGivesTheEndItsOwnDateWhenTheMeetingRunsPastMidnight() {
        assertEquals("Friday 6 March 2026, 23:45–Saturday 7 March 2026, 00:15 GMT (Europe/London)",
                MeetingTimes.describe(Instant.parse("2026-03-06T23:45:00Z"), 30, LONDON));
    }

    @Test
    void windowsAreListedInTheConnectorsZoneEarliestFirst() {
        List<TimeWindow> offered = List.of(
                new TimeWindow(Instant.parse("2026-03-12T15:00:00Z"), Instant.parse("2026-03-12T17:00:00Z")),
                new TimeWindow(Instant.parse("2026-03-11T13:00:00Z"), Instant.parse("2026-03-11T14:00:00Z")));

        assertEquals("- Wednesday 11 March 2026, 09:00–10:00 EDT (America/New_York)\n"
                        + "- Thursday 12 March 2026, 11:00–13:00 EDT (America/New_York)",
                MeetingTimes.describeWindows(offered, NEW_YORK));
        assertEquals("- Wednesday 11 March 2026, 13:00–14:00 GMT (Europe/London)\n"
                        + "- Thursday 12 March 2026, 15:00–17:00 GMT (Europe/London)",
                MeetingTimes.describeWindows(offered, LONDON));
        assertEquals("", MeetingTimes.describeWindows(List.of(), LONDON));
    }

    @Test
    void aWindowMustEndAfterItStarts() {
        Instant at = Instant.parse("2026-03-11T13:00:00Z");

        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(at, at));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(at, at.minusSeconds(60)));
    }
}
