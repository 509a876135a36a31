package org.rapport.research.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.Messages;
import org.rapport.research.HypothesisForm;
import org.rapport.research.NoteItemsService;
import org.rapport.research.OutcomeForm;
import org.rapport.research.PartKind;

/**
 * Backs the hypotheses section of {@code /student/note}: add hypotheses, correct their wording before any evidence,
 * and record the outcome of testing one (new status, evidence, who said it, when), which joins its history.
 */
@Named
@ViewScoped
public class NoteHypothesesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "hypotheses";

    @Inject
    private NoteItemsService items;

    @Inject
    private NoteEditBacking note;

    private HypothesisForm form = new HypothesisForm();
    private OutcomeForm outcome;

    public void save() {
        if (NotebookActions.attempt(FORM, () -> items.saveHypothesis(note.getId(), form))) {
            form = new HypothesisForm();
            Messages.info("notebook.hypothesis.saved");
        }
        note.refresh();
    }

    public void edit(long hypothesisId) {
        outcome = null;
        NotebookActions.attempt(FORM, () -> form = items.hypothesisForEditing(note.getId(), hypothesisId));
    }

    /** Opens the outcome form for one hypothesis. */
    public void startOutcome(long hypothesisId) {
        form = new HypothesisForm();
        NotebookActions.attempt(FORM, () -> outcome = items.outcomeFormFor(note.getId(), hypothesisId));
    }

    public void recordOutcome() {
        if (NotebookActions.attempt(FORM, () -> items.recordOutcome(note.getId(), outcome))) {
            outcome = null;
            Messages.info("notebook.outcome.saved");
        }
        note.refresh();
    }

    public void cancel() {
        form = new HypothesisForm();
        outcome = null;
    }

    public void remove(long hypothesisId) {
        if (NotebookActions.attempt(FORM, () -> items.remove(note.getId(), PartKind.HYPOTHESIS, hypothesisId))) {
            Messages.info("notebook.part.removed");
            outcome = null;
        }
        note.refresh();
    }

    public HypothesisForm getForm() {
        return form;
    }

    public OutcomeForm getOutcome() {
        return outcome;
    }
}
