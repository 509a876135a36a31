package org.rapport.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FatigueCapTest {

    private static final FatigueCap OFFICE = new FatigueCap(3, 30);

    @Test
    void allowsRequestsUpToTheCapAndNoMore() {
        assertTrue(OFFICE.allowsAnother(0));
        assertTrue(OFFICE.allowsAnother(2));
        assertFalse(OFFICE.allowsAnother(3));
        assertFalse(OFFICE.allowsAnother(7));
        assertEquals(1, OFFICE.remaining(2));
        assertEquals(0, OFFICE.remaining(9));
    }

    @Test
    void aRequestCountsForTheWholeWindowInForceWhenItWasMade() {
        Instant made = Instant.parse("2026-11-01T10:00:00Z");
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), OFFICE.countsUntil(made));
        assertEquals(Instant.parse("2026-11-08T10:00:00Z"), new FatigueCap(1, 7).countsUntil(made));
    }

    @Test
    void aVolunteerOverrideReplacesTheOfficeDefault() {
        Connector volunteer = Connector.forDirectory("Hana Okafor", LocalDate.of(2026, 9, 1), "business school");
        assertSame(OFFICE, FatigueCap.forConnector(volunteer, OFFICE));
        volunteer.overrideCap(1, 14);
        assertEquals(new FatigueCap(1, 14), FatigueCap.forConnector(volunteer, OFFICE));
        volunteer.overrideCap(null, null);
        assertSame(OFFICE, FatigueCap.forConnector(volunteer, OFFICE));
    }

    @Test
    void refusesCapsThatCouldNeverBeMetOrHalfOverrides() {
        assertThrows(IllegalArgumentException.class, () -> new FatigueCap(0, 30));
        assertThrows(IllegalArgumentException.class, () -> new FatigueCap(3, 0));
        Connector volunteer = Connector.forDirectory("Hana Okafor", LocalDate.of(2026, 9, 1), "business school");
        assertThrows(IllegalArgumentException.class, () -> volunteer.overrideCap(2, null));
        assertThrows(IllegalArgumentException.class, () -> volunteer.overrideCap(0, 10));
    }
}
