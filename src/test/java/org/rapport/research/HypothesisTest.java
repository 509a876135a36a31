package org.rapport.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.connectors.Connector;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;

class HypothesisTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private final Student student = new Student("N1", "Ada", "Osei", "ada@students.example", "School of Business",
            "Finance", ClassYear.THIRD_YEAR);
    private final ResearchNote note = new ResearchNote(student, "Harbourline Bank");

    @ParameterizedTest
    @CsvSource({
        "OPEN, CONFIRMED, true", "OPEN, REFUTED, true", "OPEN, REFINED, true", "OPEN, OPEN, false",
        "REFINED, CONFIRMED, true", "REFINED, REFUTED, true", "REFINED, REFINED, true", "REFINED, OPEN, false",
        "CONFIRMED, OPEN, true", "CONFIRMED, REFUTED, false", "CONFIRMED, REFINED, false",
        "CONFIRMED, CONFIRMED, false",
        "REFUTED, OPEN, true", "REFUTED, CONFIRMED, false", "REFUTED, REFINED, false", "REFUTED, REFUTED, false"
    })
    void theStatusEnumSaysWhichMovesAreAllowed(HypothesisStatus from, HypothesisStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
        assertEquals(allowed, from.next().contains(to));
    }

    @Test
    void noStatusMovesToNothing() {
        for (HypothesisStatus status : HypothesisStatus.values()) {
            assertFalse(status.canMoveTo(null));
            assertFalse(status.next().isEmpty(), status + " is never a dead end");
        }
        assertEquals(EnumSet.of(HypothesisStatus.CONFIRMED, HypothesisStatus.REFUTED), EnumSet.copyOf(
                List.of(HypothesisStatus.values()).stream().filter(HypothesisStatus::isSettled).toList()));
    }

    @Test
    void aNewHypothesisIsOpenWithoutHistory() {
        Hypothesis hypothesis = new Hypothesis(note, "  Analysts rarely work weekends  ");
        assertEquals(HypothesisStatus.OPEN, hypothesis.getStatus());
        assertEquals("Analysts rarely work weekends", hypothesis.getStatement());
        assertTrue(hypothesis.getHistory().isEmpty());
        assertTrue(hypothesis.isRewordable());
    }

    @Test
    void everyOutcomeIsKeptInTheHistoryInOrder() {
        Connector mentor = Connector.privateFor(student, "Rosa Lindgren");
        Hypothesis hypothesis = new Hypothesis(note, "Analysts rarely work weekends");

        hypothesis.recordOutcome(HypothesisStatus.REFINED, "Only outside quarter-end", mentor, MONDAY, null);
        hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "A second analyst said the same", null,
                MONDAY.plusDays(3), null);
        hypothesis.recordOutcome(HypothesisStatus.OPEN, "A new manager changed the rota", null,
                MONDAY.plusDays(10), null);

        List<HypothesisChange> history = hypothesis.getHistory();
        assertEquals(3, history.size());
        assertEquals(HypothesisStatus.OPEN, history.get(0).getFromStatus());
        assertEquals(HypothesisStatus.REFINED, history.get(0).getToStatus());
        assertEquals("Only outside quarter-end", history.get(0).getEvidence());
        assertSame(mentor, history.get(0).getHeardFrom());
        assertEquals(MONDAY, history.get(0).getHeardOn());
        assertNull(history.get(0).getMeetingId(), "meetings are linked by a later issue");
        assertEquals(HypothesisStatus.REFINED, history.get(1).getFromStatus());
        assertEquals(HypothesisStatus.CONFIRMED, history.get(1).getToStatus());
        assertEquals(HypothesisStatus.CONFIRMED, history.get(2).getFromStatus());
        assertEquals(HypothesisStatus.OPEN, history.get(2).getToStatus());
        assertEquals(HypothesisStatus.OPEN, hypothesis.getStatus());
        assertFalse(hypothesis.isRewordable());
    }

    @Test
    void aRefusedMoveChangesNothing() {
        Hypothesis hypothesis = new Hypothesis(note, "Graduates start on client work");
        hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "Heard it twice", null, MONDAY, null);

        NotebookException refused = assertThrows(NotebookException.class, () -> hypothesis.recordOutcome(
                HypothesisStatus.REFUTED, "One person disagreed", null, MONDAY, null));
        assertEquals("notebook.hypothesis.transitionRefused", refused.getMessageKey());
        assertEquals("status", refused.getField());
        assertEquals(HypothesisStatus.CONFIRMED, hypothesis.getStatus());
        assertEquals(1, hypothesis.getHistory().size());
    }

    @Test
    void aRefinementMayRewordAndKeepsTheOldWording() {
        Hypothesis hypothesis = new Hypothesis(note, "Analysts rarely work weekends");

        HypothesisChange change = hypothesis.recordOutcome(HypothesisStatus.REFINED, "Quarter-end is the exception",
                null, MONDAY, "Analysts rarely work weekends outside quarter-end");

        assertEquals("Analysts rarely work weekends outside quarter-end", hypothesis.getStatement());
        assertEquals("Analysts rarely work weekends", change.getPreviousStatement());
        HypothesisChange same = hypothesis.recordOutcome(HypothesisStatus.REFINED, "Still true in spring", null,
                MONDAY.plusDays(1), "Analysts rarely work weekends outside quarter-end");
        assertNull(same.getPreviousStatement(), "the same wording is not a rewording");
    }

    @Test
    void onlyARefinementMayReword() {
        Hypothesis hypothesis = new Hypothesis(note, "Analysts rarely work weekends");

        NotebookException refused = assertThrows(NotebookException.class, () -> hypothesis.recordOutcome(
                HypothesisStatus.CONFIRMED, "Heard it", null, MONDAY, "Analysts never work weekends"));

        assertEquals("notebook.hypothesis.rewordOnlyWhenRefined", refused.getMessageKey());
        assertEquals("Analysts rarely work weekends", hypothesis.getStatement());
        assertEquals(HypothesisStatus.OPEN, hypothesis.getStatus());
        assertTrue(hypothesis.getHistory().isEmpty());
    }

    @Test
    void theWordingIsCorrectedDirectlyOnlyBeforeAnyEvidence() {
        Hypothesis hypothesis = new Hypothesis(note, "Anlaysts rarely work weekends");
        hypothesis.reword("Analysts rarely work weekends");
        assertEquals("Analysts rarely work weekends", hypothesis.getStatement());

        hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "Heard it", null, MONDAY, null);
        NotebookException refused = assertThrows(NotebookException.class,
                () -> hypothesis.reword("Analysts never work weekends"));
        assertEquals("notebook.hypothesis.rewordThroughRefinement", refused.getMessageKey());
        assertEquals("Analysts rarely work weekends", hypothesis.getStatement());
    }

    @Test
    void evidenceAndItsDateAreRequired() {
        Hypothesis hypothesis = new Hypothesis(note, "Analysts rarely work weekends");
        assertThrows(IllegalArgumentException.class,
                () -> hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "   ", null, MONDAY, null));
        assertThrows(NullPointerException.class,
                () -> hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "Heard it", null, null, null));
        assertTrue(hypothesis.getHistory().isEmpty());
        assertEquals(HypothesisStatus.OPEN, hypothesis.getStatus());
    }

    @Test
    void evidenceHeardFromAnotherStudentsConnectorIsRefused() {
        Student other = new Student("N2", "Ben", "Adler", "ben@students.example", "School of Business", "Finance",
                ClassYear.THIRD_YEAR);
        Hypothesis hypothesis = new Hypothesis(note, "Analysts rarely work weekends");
        assertThrows(IllegalArgumentException.class, () -> hypothesis.recordOutcome(HypothesisStatus.CONFIRMED,
                "Heard it", Connector.privateFor(other, "Someone Else"), MONDAY, null));
        assertTrue(hypothesis.getHistory().isEmpty());
    }
}
