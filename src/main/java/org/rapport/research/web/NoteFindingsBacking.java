package org.rapport.research.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.Messages;
import org.rapport.research.FindingForm;
import org.rapport.research.NoteItemsService;
import org.rapport.research.PartKind;

/** Backs the findings section of {@code /student/note}: add, correct and remove short findings. */
@Named
@ViewScoped
public class NoteFindingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "findings";

    @Inject
    private NoteItemsService items;

    @Inject
    private NoteEditBacking note;

    private FindingForm form = new FindingForm();

    public void save() {
        if (NotebookActions.attempt(FORM, () -> items.saveFinding(note.getId(), form))) {
            form = new FindingForm();
            Messages.info("notebook.finding.saved");
        }
        note.refresh();
    }

    public void edit(long findingId) {
        NotebookActions.attempt(FORM, () -> form = items.findingForEditing(note.getId(), findingId));
    }

    public void cancel() {
        form = new FindingForm();
    }

    public void remove(long findingId) {
        if (NotebookActions.attempt(FORM, () -> items.remove(note.getId(), PartKind.FINDING, findingId))) {
            Messages.info("notebook.part.removed");
        }
        note.refresh();
    }

    public FindingForm getForm() {
        return form;
    }
}
