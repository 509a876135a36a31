package org.rapport.research;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.platform.Require;

/**
 * Something the student believes and means to test in meetings ("Analysts here rarely work weekends"). Its status
 * moves only as {@link HypothesisStatus} allows, each move through {@link #recordOutcome} with the evidence that
 * caused it; every move is kept as a {@link HypothesisChange}, never rewritten. Once evidence exists, the wording
 * changes only through a refinement, which keeps the old wording in the history.
 */
@Entity
@Table(name = "research_hypothesis")
public class Hypothesis extends NotePart {

    private static final long serialVersionUID = 1L;

    public static final int STATEMENT_LENGTH = 500;

    @NotBlank(message = "{notebook.hypothesis.required}")
    @Size(max = STATEMENT_LENGTH, message = "{field.tooLong}")
    @Column(name = "statement", length = STATEMENT_LENGTH, nullable = false)
    private String statement;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", length = 20, nullable = false)
    private HypothesisStatus status = HypothesisStatus.OPEN;

    @OneToMany(mappedBy = "hypothesis", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt asc, id asc")
    private List<HypothesisChange> history = new ArrayList<>();

    protected Hypothesis() {
        // for JPA
    }

    /** A new hypothesis, open until a meeting says otherwise. */
    public Hypothesis(ResearchNote note, String statement) {
        super(note);
        this.statement = Require.text(statement, STATEMENT_LENGTH, "statement");
    }

    /**
     * Corrects the wording of a hypothesis no meeting has spoken to yet.
     *
     * @throws NotebookException once evidence has been recorded: then only a refinement may reword it
     */
    public void reword(String newStatement) {
        String wording = Require.text(newStatement, STATEMENT_LENGTH, "statement");
        if (!history.isEmpty() && !wording.equals(statement)) {
            throw new NotebookException("statement", "notebook.hypothesis.rewordThroughRefinement");
        }
        this.statement = wording;
    }

    /**
     * What a meeting (or other evidence) did to the hypothesis: moves it to {@code outcome} and keeps the move, with
     * its evidence, in the history. A refinement may give a new wording ({@code null} or the same wording keeps
     * it); the old wording is kept in the history.
     *
     * @param heardFrom the connector the evidence came from, if any
     * @param heardOn the day the evidence was heard
     * @throws NotebookException when the status does not allow this outcome, or a new wording comes with an
     *     outcome other than a refinement
     */
    public HypothesisChange recordOutcome(HypothesisStatus outcome, String evidence, Connector heardFrom,
                                          LocalDate heardOn, String newWording) {
        return recordOutcome(outcome, evidence, heardFrom, heardOn, newWording, null);
    }

    /** The same, heard in a meeting: the change points at that meeting. */
    public HypothesisChange recordOutcome(HypothesisStatus outcome, String evidence, Connector heardFrom,
                                          LocalDate heardOn, String newWording, Long meetingId) {
        if (!status.canMoveTo(outcome)) {
            throw new NotebookException("status", "notebook.hypothesis.transitionRefused");
        }
        if (heardFrom != null && !getNote().isOwnConnector(heardFrom)) {
            throw new IllegalArgumentException("connector " + heardFrom.getId() + " is not the student's own");
        }
        String wording = Require.optionalText(newWording, STATEMENT_LENGTH, "statement");
        String previousWording = null;
        if (wording != null && !wording.equals(statement)) {
            if (outcome != HypothesisStatus.REFINED) {
                throw new NotebookException("rewording", "notebook.hypothesis.rewordOnlyWhenRefined");
            }
            previousWording = statement;
        }
        HypothesisChange change = new HypothesisChange(this, status, outcome, evidence, heardFrom, heardOn,
                previousWording, meetingId);
        history.add(change);
        status = outcome;
        if (previousWording != null) {
            statement = wording;
        }
        return change;
    }

    /** Whether the wording may still be corrected directly (no evidence recorded yet). */
    public boolean isRewordable() {
        return history.isEmpty();
    }

    public String getStatement() {
        return statement;
    }

    public HypothesisStatus getStatus() {
        return status;
    }

    /** Every status change, oldest first. */
    public List<HypothesisChange> getHistory() {
        // Changes not yet saved have no creation time and come last, in the order they were made.
        return history.stream().sorted(Comparator.comparing(HypothesisChange::getCreatedAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
