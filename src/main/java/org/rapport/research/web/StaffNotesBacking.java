package org.rapport.research.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.PagedModel;
import org.rapport.research.NoteSummary;
import org.rapport.research.NotebookService;

/**
 * Backs {@code /staff/notes?student=…}: a caseload advisor reads a student's notebook list (read-only). Opening it
 * is audited; anyone else, administrators included, gets the no-access page.
 */
@Named
@ViewScoped
public class StaffNotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotebookService notebook;

    private Long student;
    private String studentName;
    private String filter;

    private final LazyDataModel<NoteSummary> notes = new PagedModel<>(
            none -> notebook.countNotesOf(student, filter),
            page -> notebook.listNotesOf(student, new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), filter)),
            NoteSummary::getId);

    public void load() {
        if (studentName != null) {
            return;
        }
        studentName = ErrorResponses.loadOrRefuse(student, "student",
                () -> notebook.openNotebookOf(student).getDisplayName());
    }

    public LazyDataModel<NoteSummary> getNotes() {
        return notes;
    }

    public Long getStudent() {
        return student;
    }

    public void setStudent(Long student) {
        this.student = student;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
