package org.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.research.Hypothesis;
import org.rapport.research.HypothesisChange;
import org.rapport.research.NotePart;
import org.rapport.research.ResearchNote;

class DemoNotebooksTest {

    private final Student student = new Student("NU90000001", "Priya", "Lindqvist", "priya@students.example",
            "School of Business", "Supply Chain Management", ClassYear.THIRD_YEAR);
    private final List<Connector> connectors = List.of(Connector.privateFor(student, "Rosa Lindgren"),
            Connector.privateFor(student, "Tomas Okafor"));
    private final List<Organisation> organisations = List.of(
            new Organisation("Harbourline Logistics (demo)", Industry.TRANSPORT_AND_LOGISTICS, SizeBand.LARGE),
            new Organisation("Brightwater Analytics (demo)", Industry.TECHNOLOGY, SizeBand.SMALL));

    @Test
    void notesComeBeforeTheirPartsAndBelongToTheStudent() {
        List<BaseEntity> entities = DemoNotebooks.notebookOf(new Random(7), student, connectors, organisations);
        Set<ResearchNote> seen = new HashSet<>();
        long notes = 0;
        for (BaseEntity entity : entities) {
            if (entity instanceof ResearchNote note) {
                assertTrue(note.getStudent() == student);
                seen.add(note);
                notes++;
            } else {
                assertTrue(seen.contains(((NotePart) entity).getNote()), "a part follows its note");
            }
        }
        assertTrue(notes >= 3 && notes <= 5, "notes: " + notes);
    }

    @Test
    void hypothesesHaveAHistoryDatedInThePastAndSomeAreStillOpen() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        boolean anyHistory = false;
        for (int seed = 0; seed < 20; seed++) {
            for (BaseEntity entity : DemoNotebooks.notebookOf(new Random(seed), student, connectors, organisations)) {
                if (entity instanceof Hypothesis hypothesis) {
                    for (HypothesisChange change : hypothesis.getHistory()) {
                        anyHistory = true;
                        assertTrue(change.getHeardOn().isBefore(today));
                        assertTrue(change.getFromStatus().canMoveTo(change.getToStatus()));
                    }
                }
            }
        }
        assertTrue(anyHistory);
    }

    @Test
    void theSameSeedGivesTheSameNotebookAndEmptyListsAreFine() {
        List<String> first = titles(DemoNotebooks.notebookOf(new Random(3), student, connectors, organisations));
        assertEquals(first, titles(DemoNotebooks.notebookOf(new Random(3), student, connectors, organisations)));
        List<BaseEntity> bare = DemoNotebooks.notebookOf(new Random(3), student, List.of(), List.of());
        assertFalse(bare.isEmpty());
        bare.stream().filter(ResearchNote.class::isInstance).map(ResearchNote.class::cast)
                .forEach(note -> assertTrue(note.getConnector() == null && note.getOrganisation() == null));
    }

    private static List<String> titles(List<BaseEntity> entities) {
        return entities.stream().filter(ResearchNote.class::isInstance).map(e -> ((ResearchNote) e).getTitle())
                .toList();
    }
}
