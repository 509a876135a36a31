package org.rapport.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rapport.people.AdvisorOption;
import org.rapport.people.CaseloadService;
import org.rapport.people.StudentSummary;
import org.rapport.platform.BusinessException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.Messages;

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

    private final LazyDataModel<StudentSummary> caseload = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return advisorId == null ? 0 : Math.toIntExact(caseloads.countCaseload(advisorId));
        }

        @Override
        public List<StudentSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            if (advisorId == null) {
                return List.of();
            }
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return caseloads.listCaseload(advisorId, new PageRequest(first, pageSize,
                    sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING,
                    null));
        }

        @Override
        public String getRowKey(StudentSummary row) {
            return String.valueOf(row.getId());
        }

        @Override
        public StudentSummary getRowData(String rowKey) {
            return null;
        }
    };

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
