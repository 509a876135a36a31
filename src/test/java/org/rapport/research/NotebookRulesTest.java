package org.rapport.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.organisations.Industry;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;

class NotebookRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private final Student student = new Student("N1", "Ada", "Osei", "ada@students.example", "School of Business",
            "Finance", ClassYear.THIRD_YEAR);
    private final Student other = new Student("N2", "Ben", "Adler", "ben@students.example", "School of Business",
            "Finance", ClassYear.THIRD_YEAR);
    private final ResearchNote note = new ResearchNote(student, "Harbourline Bank");

    @Test
    void sortKeysFromScreensMapToAWhitelistedOrder() {
        assertEquals("n.title desc, n.id asc", NoteSort.orderBy("title", false));
        assertEquals("o.name asc, n.id asc", NoteSort.orderBy("organisationName", true));
        assertEquals("n.updatedAt desc, n.id desc", NoteSort.orderBy(null, true), "newest first by default");
        assertEquals("n.updatedAt desc, n.id desc", NoteSort.orderBy("n.id; drop table research_note", true));
    }

    @Test
    void theQuickSearchFindsIndustriesByTheWordsOfTheirName() {
        assertEquals(List.of(Industry.FINANCIAL_SERVICES), NotebookRepository.industriesMatching(" Financial "));
        assertTrue(NotebookRepository.industriesMatching("and").contains(Industry.AEROSPACE_AND_DEFENCE));
        assertEquals(List.of(Industry.REAL_ESTATE), NotebookRepository.industriesMatching("real estate"));
        assertEquals(List.of(), NotebookRepository.industriesMatching("zzz"));
    }

    @Test
    void aNoteConcernsOnlyItsStudentsOwnConnectors() {
        Connector own = Connector.privateFor(student, "Rosa Lindgren");
        note.concern(null, Industry.FINANCIAL_SERVICES, own);
        assertSame(own, note.getConnector());
        assertEquals(Industry.FINANCIAL_SERVICES, note.getIndustry());

        Connector theirs = Connector.privateFor(other, "Someone Else");
        assertThrows(IllegalArgumentException.class, () -> note.concern(null, null, theirs));
        assertSame(own, note.getConnector(), "a refused change leaves the note as it was");
        Connector directory = Connector.forDirectory("Volunteer Vera", DAY, "Informational interviews");
        assertThrows(IllegalArgumentException.class, () -> note.concern(null, null, directory));
    }

    @Test
    void aNoteIsWrittenWithTrimmedTextAndAnEmptyBodyIsNone() {
        note.write("  Harbourline Bank: graduate roles ", "   ");
        assertEquals("Harbourline Bank: graduate roles", note.getTitle());
        assertNull(note.getBody());
        assertThrows(IllegalArgumentException.class, () -> note.write(" ", "text"));
        assertThrows(IllegalArgumentException.class,
                () -> note.write("t", "x".repeat(ResearchNote.BODY_LENGTH + 1)));
    }

    @Test
    void aSourceIsALinkOrAPublicationWithItsDate() {
        NoteSource link = new NoteSource(note, "https://example.org/annual-report", null, null);
        assertEquals("https://example.org/annual-report", link.getUrl());
        NoteSource paper = new NoteSource(note, null, "The Harbour Gazette", DAY);
        assertEquals("The Harbour Gazette", paper.getPublication());

        NotebookException none = assertThrows(NotebookException.class, () -> new NoteSource(note, " ", null, null));
        assertEquals("notebook.source.incomplete", none.getMessageKey());
        assertEquals("url", none.getField());
        assertEquals("date", assertThrows(NotebookException.class,
                () -> new NoteSource(note, null, "The Harbour Gazette", null)).getField());
        assertEquals("publication", assertThrows(NotebookException.class,
                () -> new NoteSource(note, null, null, DAY)).getField());
        assertThrows(IllegalArgumentException.class, () -> new NoteSource(note, "javascript:alert(1)", null, null));
    }

    @Test
    void webAddressesAreHttpOrHttpsOnly() {
        assertTrue("https://example.org/a?b=c#d".matches(NoteSource.URL_PATTERN));
        assertTrue("HTTP://EXAMPLE.ORG".matches(NoteSource.URL_PATTERN));
        assertFalse("javascript:alert(1)".matches(NoteSource.URL_PATTERN));
        assertFalse("https://".matches(NoteSource.URL_PATTERN));
        assertFalse("https://exa mple.org".matches(NoteSource.URL_PATTERN));
        assertFalse("ftp://example.org".matches(NoteSource.URL_PATTERN));
    }

    @Test
    void aSalaryRangeNeverRunsBackwards() {
        SalaryFinding finding = new SalaryFinding(note, facts("52000", "61000.50"));
        assertEquals(new BigDecimal("61000.50"), finding.getMaximum());

        NotebookException reversed = assertThrows(NotebookException.class,
                () -> finding.revise(facts("70000", "60000")));
        assertEquals("notebook.salary.rangeReversed", reversed.getMessageKey());
        assertEquals("maximum", reversed.getField());
        assertEquals(new BigDecimal("52000"), finding.getMinimum(), "a refused revision changes nothing");
        assertThrows(IllegalArgumentException.class, () -> finding.revise(facts("-1", "10")));
        assertThrows(IllegalArgumentException.class, () -> finding.revise(facts("1", "10.005")));
        assertThrows(IllegalArgumentException.class, () -> finding.revise(facts("1", "12345678901")));
        new SalaryFinding(note, facts("25", "25"));
    }

    private static SalaryFacts facts(String min, String max) {
        return new SalaryFacts("Graduate analyst", new BigDecimal(min), new BigDecimal(max), "USD", PayPeriod.YEAR,
                "Careers fair conversation", DAY, "Boston, MA", "Hybrid, 3 days in the office");
    }

    @Test
    void newsIsAimedOnlyAtTheStudentsOwnConnectors() {
        NewsItem news = new NewsItem(note, "Harbourline opened a Lisbon office", "https://example.org/news");
        Connector own = Connector.privateFor(student, "Rosa Lindgren");
        news.aimAt(own, true);
        assertTrue(news.isForUpcomingMeeting());
        assertSame(own, news.getMeantFor());
        news.aimAt(null, false);
        assertFalse(news.isForUpcomingMeeting());
        assertNull(news.getMeantFor());
        assertThrows(IllegalArgumentException.class,
                () -> news.aimAt(Connector.privateFor(other, "Someone Else"), true));
        assertThrows(IllegalArgumentException.class, () -> news.describe("text", "file:///etc/passwd"));
    }
}
