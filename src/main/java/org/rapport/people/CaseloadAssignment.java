package org.rapport.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A student on an advisor's caseload: the legitimate educational interest that lets the advisor see the
 * student's records (FERPA). A student may be on several caseloads (say, a college advisor and a specialist).
 */
@Entity
@Table(name = "caseload_assignment")
@NamedQuery(name = CaseloadAssignment.EXISTS_FOR_ADVISOR_ACCOUNT,
        query = "select count(c) from CaseloadAssignment c where c.student.id = :studentId"
                + " and c.advisor.account.id = :accountId")
@NamedQuery(name = CaseloadAssignment.ADVISORS_OF_STUDENT,
        query = "select c.advisor from CaseloadAssignment c where c.student.id = :studentId"
                + " order by c.advisor.familyName, c.advisor.givenName")
public class CaseloadAssignment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String EXISTS_FOR_ADVISOR_ACCOUNT = "CaseloadAssignment.existsForAdvisorAccount";
    public static final String ADVISORS_OF_STUDENT = "CaseloadAssignment.advisorsOfStudent";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advisor_id", nullable = false, updatable = false)
    private Advisor advisor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    protected CaseloadAssignment() {
        // for JPA
    }

    public CaseloadAssignment(Advisor advisor, Student student) {
        this.advisor = Require.present(advisor, "advisor");
        this.student = Require.present(student, "student");
    }

    public Advisor getAdvisor() {
        return advisor;
    }

    public Student getStudent() {
        return student;
    }
}
