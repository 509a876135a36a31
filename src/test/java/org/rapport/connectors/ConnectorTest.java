package org.rapport.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;

class ConnectorTest {

    @Test
    void interestsAreKeptOncePerInterestInTheirOwnOrder() {
        Connector connector = Connector.forDirectory("Ravi Menon", LocalDate.of(2026, 2, 1), "all students");
        connector.markInterests(List.of(new MarkedInterest(ConnectorInterest.STATUS, "partner"),
                new MarkedInterest(ConnectorInterest.CONVENIENCE, "travels weekly"),
                new MarkedInterest(ConnectorInterest.STATUS, "second note is ignored")));
        assertEquals(List.of(ConnectorInterest.CONVENIENCE, ConnectorInterest.STATUS),
                connector.getInterests().stream().map(MarkedInterest::getInterest).toList());
        assertEquals("partner", connector.getInterests().get(1).getEvidence());
    }

    @Test
    void mergingFoldsInterestsAndGapsIntoTheSurvivorAndArchivesTheDuplicate() throws Exception {
        Connector survivor = withId(Connector.forDirectory("Ravi Menon", LocalDate.of(2026, 2, 1), "all"), 1L);
        Connector duplicate = withId(Connector.forDirectory("Ravi  Menon", LocalDate.of(2026, 3, 1), "all"), 2L);
        survivor.markInterests(List.of(new MarkedInterest(ConnectorInterest.INSIGHT, "writes a newsletter")));
        duplicate.markInterests(List.of(new MarkedInterest(ConnectorInterest.INSIGHT, "other evidence"),
                new MarkedInterest(ConnectorInterest.AFFILIATION, "alum, class of 2009")));
        duplicate.reachAt(new ConnectorContact("ravi@example.org", null, null, null, "Asia/Kolkata", null, null,
                null));
        duplicate.annotate("Prefers mornings.");

        duplicate.mergeInto(survivor);

        assertTrue(duplicate.isArchived());
        assertSame(survivor, duplicate.getMergedInto());
        assertEquals("ravi@example.org", survivor.getEmail());
        assertEquals("Asia/Kolkata", survivor.getTimeZone());
        assertEquals("Prefers mornings.", survivor.getNotes());
        assertEquals(2, survivor.getInterests().size());
        assertEquals("writes a newsletter", survivor.getInterests().get(0).getEvidence());
        assertThrows(IllegalStateException.class, duplicate::restore);
    }

    @Test
    void aPrivateCopyRemembersItsDirectorySource() {
        Connector volunteer = Connector.forDirectory("Ines Duarte", LocalDate.of(2026, 2, 1), "all students");
        volunteer.markInterests(List.of(new MarkedInterest(ConnectorInterest.UTILITY, null)));
        Student student = new Student("NU1", "Ana", "Silva", "ana@example.edu", "Business", "Finance",
                ClassYear.THIRD_YEAR);
        Connector copy = volunteer.copyFor(student);
        assertSame(volunteer, copy.getDirectorySource());
        assertSame(student, copy.getOwner());
        assertEquals(volunteer.getInterests(), copy.getInterests());
        assertThrows(IllegalStateException.class, () -> copy.copyFor(student));
        assertThrows(IllegalStateException.class, () -> copy.overrideCap(1, 1));
    }

    @Test
    void aRequestClosesOnceAndOnlyFromOpen() {
        Connector volunteer = Connector.forDirectory("Ines Duarte", LocalDate.of(2026, 2, 1), "all students");
        Student student = new Student("NU1", "Ana", "Silva", "ana@example.edu", "Business", "Finance",
                ClassYear.THIRD_YEAR);
        DirectoryRequest request = new DirectoryRequest(volunteer, volunteer.copyFor(student),
                Instant.parse("2026-11-01T00:00:00Z"), new FatigueCap(2, 10));
        assertEquals(DirectoryRequestState.OPEN, request.getState());
        assertNull(request.getClosedAt());
        request.withdraw(Instant.parse("2026-11-02T00:00:00Z"));
        assertEquals(DirectoryRequestState.WITHDRAWN, request.getState());
        assertThrows(IllegalStateException.class, () -> request.close(Instant.parse("2026-11-03T00:00:00Z")));
    }

    @Test
    void aConnectorCannotBeReferredByThemselves() throws Exception {
        Connector connector = withId(Connector.forDirectory("Ines Duarte", LocalDate.of(2026, 2, 1), "all"), 7L);
        assertThrows(IllegalArgumentException.class,
                () -> connector.knownThrough(Acquaintance.REFERRED, connector, false));
    }

    private static Connector withId(Connector connector, long id) throws Exception {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(connector, id);
        return connector;
    }
}
