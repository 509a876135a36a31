package org.rapport.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;

/**
 * Who may reach a student's private research (connectors, notebook, org charts): the student themselves and the
 * advisors who have the student on their caseload. Administrators run the office, not students' research, so they
 * are not let in here. Feature services ask this bean before touching a record; refusals and staff reads are
 * audited.
 */
@ApplicationScoped
@Transactional
public class StudentAccess {

    @Inject
    private StudentRepository students;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private CaseloadDecisions caseloads;

    @Inject
    private SignedInStudent signedIn;

    @Inject
    private ViewsAudited viewsAudited;

    /**
     * The signed-in student's roster record.
     *
     * @throws AccessDeniedException when the caller is not a student
     * @throws NotFoundException when the roster holds no record for their account yet
     */
    public Student currentStudent() {
        if (!currentUser.isStudent()) {
            throw denied("own research", null);
        }
        long accountId = currentUser.accountId().orElseThrow(() -> denied("own research", null));
        return students.findByAccount(accountId)
                .orElseThrow(() -> new NotFoundException("own student record", "(none)"));
    }

    /**
     * The signed-in student's record id and time zone, looked up once per request: for lists, which need no more.
     *
     * @throws AccessDeniedException when the caller is not a student
     * @throws NotFoundException when the roster holds no record for their account yet
     */
    public StudentRef currentStudentRef() {
        if (!currentUser.isStudent()) {
            throw denied("own research", null);
        }
        long accountId = currentUser.accountId().orElseThrow(() -> denied("own research", null));
        return signedIn.resolve(() -> students.findRefByAccount(accountId))
                .orElseThrow(() -> new NotFoundException("own student record", "(none)"));
    }

    /** Whether the signed-in person is this student. */
    public boolean isOwner(Student student) {
        return currentUser.isStudent() && student.getAccount() != null
                && currentUser.accountId().filter(id -> id.equals(student.getAccount().getId())).isPresent();
    }

    /** Whether the signed-in person advises this student (has them on their caseload). */
    public boolean isCaseloadAdvisor(Student student) {
        return isCaseloadAdvisorOf(student.getId());
    }

    /** The same, by id, without loading the student; answered once per request. */
    public boolean isCaseloadAdvisorOf(long studentId) {
        return currentUser.hasRole(Role.ADVISOR) && currentUser.accountId()
                .filter(id -> caseloads.decide(studentId, student -> students.isOnCaseloadOf(student, id)))
                .isPresent();
    }

    /** The signed-in advisor's account, to scope a list to their caseload; empty for anyone who is not an advisor. */
    public Optional<Long> advisorAccountId() {
        return currentUser.hasRole(Role.ADVISOR) ? currentUser.accountId() : Optional.empty();
    }

    /**
     * Lets the owner or a caseload advisor read {@code what} of this student, or refuses (audited). A caseload
     * advisor's read is audited as a view of the student's research, once per request and {@code what}.
     */
    public void checkCanRead(Student student, String what) {
        if (isOwner(student)) {
            return;
        }
        if (isCaseloadAdvisor(student)) {
            if (viewsAudited.first(student.getId(), what)) {
                audit.record(currentUser.actor(), AuditAction.STUDENT_RESEARCH_VIEWED, student.getId(), what, null);
            }
            return;
        }
        throw denied(what, student.getId());
    }

    /** Lets only the owner change {@code what}; refuses everyone else (audited). */
    public void checkCanChange(Student student, String what) {
        if (!isOwner(student)) {
            throw denied(what + " (change)", student.getId());
        }
    }

    /** The student with this id, if the signed-in person may read their research; refused (audited) otherwise. */
    public Student readableStudent(long studentId, String what) {
        Student student = students.find(studentId).orElseThrow(() -> new NotFoundException("student", studentId));
        checkCanRead(student, what);
        return student;
    }

    /** Records a refusal in the audit log and returns the exception to throw. */
    public AccessDeniedException denied(String what, Long studentId) {
        audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, studentId, what, null);
        return new AccessDeniedException(what, studentId);
    }
}
