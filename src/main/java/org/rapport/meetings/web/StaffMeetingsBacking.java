package org.rapport.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingSummary;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.PagedModel;

/**
 * Backs {@code /staff/meetings?student=…}: a caseload advisor reads a student's meetings (read-only), paged and
 * sorted in MariaDB. Anyone else, administrators included, gets the no-access page.
 */
@Named
@ViewScoped
public class StaffMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    private Long student;
    private Long total;

    private final LazyDataModel<MeetingSummary> rows = new PagedModel<>(
            none -> meetings.countFor(student),
            page -> meetings.listFor(student, new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), null)),
            MeetingSummary::id);

    /** Checks, before anything renders, that this advisor has the student on their caseload. */
    public void load() {
        if (total != null) {
            return;
        }
        total = ErrorResponses.loadOrRefuse(student, "student", () -> meetings.countFor(student));
    }

    public boolean isNone() {
        return total != null && total == 0;
    }

    public LazyDataModel<MeetingSummary> getRows() {
        return rows;
    }

    public Long getStudent() {
        return student;
    }

    public void setStudent(Long student) {
        this.student = student;
    }
}
