package org.rapport.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.rapport.people.AdvisorOption;
import org.rapport.people.CaseloadService;
import org.rapport.people.StudentSummary;
import org.rapport.platform.BusinessException;
import org.rapport.platform.web.Messages;
import org.rapport.platform.web.PagedModel;

/** Backs {@code /admin/caseloads}: choose an advisor, see and change their caseload. */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadService caseloads;

    private List<AdvisorOption> advisors;
    private List<String> colleges;
    private Long advisorId;
    private String studentNumber;
    private String college;
    private String major;

    private final LazyDataModel<StudentSummary> caseload = new PagedModel<>(
            none -> advisorId == null ? 0 : caseloads.countCaseload(advisorId),
            page -> advisorId == null ? List.of() : caseloads.listCaseload(advisorId, page),
            StudentSummary::getId);

    @PostConstruct
    void load() {
        advisors = caseloads.listAdvisors();
        colleges = caseloads.listColleges();
    }

    public void assign() {
        try {
            caseloads.assign(advisorId, studentNumber);
            Messages.info("caseload.assigned", studentNumber);
            studentNumber = null;
        } catch (BusinessException refused) {
            Messages.error("caseload:number", refused);
        }
    }

    public void assignByRule() {
        int added = caseloads.assignByRule(advisorId, college, major);
        Messages.info("caseload.assignedByRule", added);
    }

    public void remove(long studentId) {
        caseloads.remove(advisorId, studentId);
        Messages.info("caseload.removed");
    }

    public LazyDataModel<StudentSummary> getCaseload() {
        return caseload;
    }

    public List<AdvisorOption> getAdvisors() {
        return advisors;
    }

    public List<String> getColleges() {
        return colleges;
    }

    public Long getAdvisorId() {
        return advisorId;
    }

    public void setAdvisorId(Long advisorId) {
        this.advisorId = advisorId;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    public String getCollege() {
        return college;
    }

    public void setCollege(String college) {
        this.college = college;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }
}
