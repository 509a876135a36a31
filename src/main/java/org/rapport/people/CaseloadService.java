package org.rapport.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.BusinessException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * Administrators decide which students are on which advisor's caseload, one student at a time or by a rule
 * (every student of a college, optionally of one major). Each change is audited.
 */
@ApplicationScoped
@Transactional
public class CaseloadService {

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private StudentRepository students;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    public List<AdvisorOption> listAdvisors() {
        requireAdmin();
        return entityManager.createQuery("select new org.rapport.people.AdvisorOption(a.id, a.givenName,"
                + " a.familyName, a.college) from Advisor a order by a.familyName, a.givenName, a.id",
                AdvisorOption.class).getResultList();
    }

    public List<String> listColleges() {
        requireAdmin();
        return entityManager.createQuery("select distinct s.college from Student s order by s.college", String.class)
                .getResultList();
    }

    public List<StudentSummary> listCaseload(long advisorId, @NotNull PageRequest page) {
        requireAdmin();
        return students.listCaseloadOfAdvisor(advisorId, page);
    }

    public long countCaseload(long advisorId) {
        requireAdmin();
        return students.countCaseloadOfAdvisor(advisorId);
    }

    /** Puts the student with this number on the advisor's caseload. */
    public void assign(long advisorId, @NotBlank String studentNumber) {
        requireAdmin();
        Advisor advisor = advisor(advisorId);
        Student student = students.findByNumber(studentNumber.strip())
                .orElseThrow(() -> new NotFoundException("student", studentNumber));
        if (students.isOnCaseload(student.getId(), advisorId)) {
            throw new BusinessException("caseload.alreadyAssigned", student.getDisplayName());
        }
        entityManager.persist(new CaseloadAssignment(advisor, student));
        audit.record(currentUser.actor(), AuditAction.CASELOAD_ASSIGNED, student.getId(), advisor.getDisplayName(),
                null);
    }

    /** Puts every student of the college (and major, when given) not yet on the caseload onto it. */
    public int assignByRule(long advisorId, @NotBlank String college, String major) {
        requireAdmin();
        Advisor advisor = advisor(advisorId);
        String majorOrNull = major == null || major.isBlank() ? null : major.strip();
        List<Student> matching = entityManager.createQuery("select s from Student s where s.college = :college"
                        + " and (:major is null or s.major = :major) and not exists (select c.id from"
                        + " CaseloadAssignment c where c.student = s and c.advisor.id = :advisorId) order by s.id",
                        Student.class)
                .setParameter("college", college.strip()).setParameter("major", majorOrNull)
                .setParameter("advisorId", advisorId).getResultList();
        for (int i = 0; i < matching.size(); i++) {
            entityManager.persist(new CaseloadAssignment(advisor, matching.get(i)));
            if ((i + 1) % FLUSH_EVERY == 0) {
                entityManager.flush();
            }
        }
        audit.record(currentUser.actor(), AuditAction.CASELOAD_ASSIGNED, null, advisor.getDisplayName(),
                "rule: " + college + (majorOrNull == null ? "" : " / " + majorOrNull) + ", "
                        + matching.size() + " students");
        return matching.size();
    }

    public void remove(long advisorId, long studentId) {
        requireAdmin();
        Advisor advisor = advisor(advisorId);
        int removed = entityManager.createQuery("delete from CaseloadAssignment c where c.advisor.id = :advisorId"
                        + " and c.student.id = :studentId")
                .setParameter("advisorId", advisorId).setParameter("studentId", studentId).executeUpdate();
        if (removed > 0) {
            audit.record(currentUser.actor(), AuditAction.CASELOAD_REMOVED, studentId, advisor.getDisplayName(),
                    null);
        }
    }

    private Advisor advisor(long advisorId) {
        Advisor advisor = entityManager.find(Advisor.class, advisorId);
        if (advisor == null) {
            throw new NotFoundException("advisor", advisorId);
        }
        return advisor;
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, null, "caseload administration", null);
            throw new AccessDeniedException("caseload administration", null);
        }
    }
}
