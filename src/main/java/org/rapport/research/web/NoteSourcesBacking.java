package org.rapport.research.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.Messages;
import org.rapport.research.NoteItemsService;
import org.rapport.research.PartKind;
import org.rapport.research.SourceForm;

/** Backs the sources section of {@code /student/note}: links and publications the note draws on. */
@Named
@ViewScoped
public class NoteSourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "sources";

    @Inject
    private NoteItemsService items;

    @Inject
    private NoteEditBacking note;

    private SourceForm form = new SourceForm();

    public void save() {
        if (NotebookActions.attempt(FORM, () -> items.saveSource(note.getId(), form))) {
            form = new SourceForm();
            Messages.info("notebook.source.saved");
        }
        note.refresh();
    }

    public void edit(long sourceId) {
        NotebookActions.attempt(FORM, () -> form = items.sourceForEditing(note.getId(), sourceId));
    }

    public void cancel() {
        form = new SourceForm();
    }

    public void remove(long sourceId) {
        if (NotebookActions.attempt(FORM, () -> items.remove(note.getId(), PartKind.SOURCE, sourceId))) {
            Messages.info("notebook.part.removed");
        }
        note.refresh();
    }

    public SourceForm getForm() {
        return form;
    }
}
