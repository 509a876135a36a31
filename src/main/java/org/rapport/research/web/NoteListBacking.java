package org.rapport.research.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.PagedModel;
import org.rapport.research.NoteSummary;
import org.rapport.research.NotebookService;

/**
 * Backs {@code /student/notes}: the signed-in student's notes, paged, sorted and searched in MariaDB, or a first
 * step to take while the notebook is empty.
 */
@Named
@ViewScoped
public class NoteListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotebookService notebook;

    private String filter;
    private boolean notebookEmpty;

    private final LazyDataModel<NoteSummary> notes = new PagedModel<>(
            none -> notebook.countOwnNotes(filter),
            page -> notebook.listOwnNotes(new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), filter)),
            NoteSummary::getId);

    @PostConstruct
    void load() {
        try {
            notebookEmpty = notebook.countOwnNotes(null) == 0;
        } catch (NotFoundException missing) {
            ErrorResponses.notFound(missing);
        }
    }

    /** Whether the student has no notes at all (not merely none matching the search). */
    public boolean isNotebookEmpty() {
        return notebookEmpty;
    }

    public LazyDataModel<NoteSummary> getNotes() {
        return notes;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
