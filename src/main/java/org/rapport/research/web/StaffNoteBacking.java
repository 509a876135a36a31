package org.rapport.research.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.research.NoteView;
import org.rapport.research.ResearchNote;
import org.rapport.research.NotebookService;

/**
 * Backs {@code /staff/note?id=…}: a caseload advisor reads one note with everything in it. The id comes from the
 * address, so the service decides (and audits) whether this person may read it.
 */
@Named
@RequestScoped
public class StaffNoteBacking {

    @Inject
    private NotebookService notebook;

    private Long id;
    private NoteView view;

    public void load() {
        view = ErrorResponses.loadOrRefuse(id, "research note", () -> notebook.viewNote(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoteView getView() {
        return view;
    }

    public ResearchNote getNote() {
        return view == null ? null : view.getNote();
    }
}
