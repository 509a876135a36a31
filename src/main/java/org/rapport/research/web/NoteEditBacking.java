package org.rapport.research.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;
import org.rapport.research.ConnectorOption;
import org.rapport.research.NoteForm;
import org.rapport.research.NoteView;
import org.rapport.research.NotebookService;

/**
 * Backs {@code /student/note} ({@code ?id=…} to edit, no id for a new note): the note's own fields, and what the
 * section beans show (the note's parts), which they ask it to reload after a change. The id comes from the
 * address, so the service decides whether this student may edit that note.
 */
@Named
@ViewScoped
public class NoteEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotebookService notebook;

    private Long id;
    private NoteForm form;
    private NoteView view;
    private List<ConnectorOption> connectors;

    public void load() {
        if (form != null) {
            return;
        }
        try {
            form = id == null ? notebook.newNote() : notebook.noteForEditing(id);
            view = id == null ? null : notebook.viewOwnNote(id);
            connectors = notebook.ownConnectorChoices();
        } catch (AccessDeniedException refused) {
            ErrorResponses.accessDenied(refused);
        } catch (NotFoundException missing) {
            ErrorResponses.notFound(missing);
        }
    }

    /** Saves the note; a new note then opens at its own address, where its sections can be filled. */
    public String save() {
        boolean created = form.isNew();
        long[] saved = new long[1];
        if (!NotebookActions.attempt("note", () -> saved[0] = notebook.saveNote(form))) {
            return null;
        }
        if (created) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("notebook.note.created");
            return "/student/note?faces-redirect=true&id=" + saved[0];
        }
        form = notebook.noteForEditing(id);
        refresh();
        Messages.info("notebook.note.saved");
        return null;
    }

    /** Reloads the note's parts after a section changed one. */
    public void refresh() {
        view = notebook.viewOwnNote(id);
    }

    public List<String> suggestOrganisations(String text) {
        return notebook.suggestOrganisations(text);
    }

    public List<ConnectorOption> getConnectors() {
        return connectors;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoteForm getForm() {
        return form;
    }

    public NoteView getView() {
        return view;
    }
}
