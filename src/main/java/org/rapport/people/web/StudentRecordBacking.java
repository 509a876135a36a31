package org.rapport.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rapport.people.StudentAccess;
import org.rapport.people.StudentRecord;
import org.rapport.people.StudentRecordService;
import org.rapport.platform.web.ErrorResponses;

/**
 * Backs {@code /staff/student?id=…}: one student's record. The id comes from the address, so the service decides
 * whether this person may see it; a refusal shows the no-access page, never the data.
 */
@Named
@RequestScoped
public class StudentRecordBacking {

    @Inject
    private StudentRecordService records;

    @Inject
    private StudentAccess access;

    private Long id;
    private StudentRecord record;
    private Boolean caseloadAdvisor;

    public void load() {
        record = ErrorResponses.loadOrRefuse(id, "student", () -> records.viewStudent(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Whether the reader advises this student, and so may open their research (connectors, notebook). */
    public boolean isCaseloadAdvisor() {
        if (caseloadAdvisor == null) {
            caseloadAdvisor = record != null && access.isCaseloadAdvisor(record.student());
        }
        return caseloadAdvisor;
    }

    public StudentRecord getRecord() {
        return record;
    }
}
