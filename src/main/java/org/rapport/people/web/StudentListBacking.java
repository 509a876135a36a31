package org.rapport.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.people.StudentRecordService;
import org.rapport.people.StudentSummary;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.PagedModel;

/**
 * Backs {@code /staff/students}: the students the staff member may see, paged, sorted and filtered in MariaDB.
 */
@Named
@ViewScoped
public class StudentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudentRecordService records;

    private String filter;

    private final LazyDataModel<StudentSummary> students = new PagedModel<>(
            none -> records.countVisibleStudents(filter),
            page -> records.listVisibleStudents(new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), filter)),
            StudentSummary::getId);

    public LazyDataModel<StudentSummary> getStudents() {
        return students;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
