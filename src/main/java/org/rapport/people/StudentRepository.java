package org.rapport.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.rapport.platform.PageRequest;
import org.rapport.platform.Like;

/** Queries over students and caseloads; paging, sorting and filtering happen in MariaDB. */
@ApplicationScoped
public class StudentRepository {

    private static final String SUMMARY = "select new org.rapport.people.StudentSummary(s.id, s.studentNumber,"
            + " s.givenName, s.familyName, s.college, s.major, s.classYear) from Student s";
    private static final String FILTER = " (s.familyName like :text or s.givenName like :text"
            + " or s.studentNumber like :text or s.email like :text)";
    private static final String ON_CASELOAD = " exists (select c.id from CaseloadAssignment c"
            + " where c.student = s and c.advisor.account.id = :accountId)";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<Student> find(long id) {
        return Optional.ofNullable(entityManager.find(Student.class, id));
    }

    public Optional<Student> findByAccount(long accountId) {
        return entityManager.createQuery("select s from Student s where s.account.id = :accountId", Student.class)
                .setParameter("accountId", accountId).getResultStream().findFirst();
    }

    public Optional<StudentRef> findRefByAccount(long accountId) {
        return entityManager.createQuery("select new org.rapport.people.StudentRef(s.id, s.timeZone) from Student s"
                        + " where s.account.id = :accountId", StudentRef.class)
                .setParameter("accountId", accountId).getResultStream().findFirst();
    }

    /** Unlinked students with this e-mail address (the collation ignores case). */
    public List<Student> listUnlinkedByEmail(String email) {
        return entityManager.createQuery("select s from Student s where s.email = :email and s.account is null",
                Student.class).setParameter("email", email).getResultList();
    }

    public Optional<Advisor> findAdvisorByAccount(long accountId) {
        return entityManager.createQuery("select a from Advisor a where a.account.id = :accountId", Advisor.class)
                .setParameter("accountId", accountId).getResultStream().findFirst();
    }

    public Optional<Advisor> findAdvisorByEmail(String email) {
        return entityManager.createQuery("select a from Advisor a where a.email = :email", Advisor.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    public Optional<Student> findByNumber(String studentNumber) {
        return entityManager.createQuery("select s from Student s where s.studentNumber = :number", Student.class)
                .setParameter("number", studentNumber).getResultStream().findFirst();
    }

    public boolean isOnCaseload(long studentId, long advisorId) {
        return entityManager.createQuery("select count(c) from CaseloadAssignment c where c.student.id = :studentId"
                        + " and c.advisor.id = :advisorId", Long.class)
                .setParameter("studentId", studentId).setParameter("advisorId", advisorId).getSingleResult() > 0;
    }

    /** The caseload of one advisor (by advisor id), for administrators. */
    public List<StudentSummary> listCaseloadOfAdvisor(long advisorId, PageRequest request) {
        return entityManager.createQuery(SUMMARY + " where exists (select c.id from CaseloadAssignment c"
                        + " where c.student = s and c.advisor.id = :advisorId) order by "
                        + StudentSort.forKey(request.sortKey()).orderBy(request.ascending()), StudentSummary.class)
                .setParameter("advisorId", advisorId)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    public long countCaseloadOfAdvisor(long advisorId) {
        return entityManager.createQuery("select count(c) from CaseloadAssignment c where c.advisor.id = :advisorId",
                Long.class).setParameter("advisorId", advisorId).getSingleResult();
    }

    public boolean isOnCaseloadOf(long studentId, long advisorAccountId) {
        return entityManager.createNamedQuery(CaseloadAssignment.EXISTS_FOR_ADVISOR_ACCOUNT, Long.class)
                .setParameter("studentId", studentId).setParameter("accountId", advisorAccountId)
                .getSingleResult() > 0;
    }

    public List<Advisor> listAdvisorsOf(long studentId) {
        return entityManager.createNamedQuery(CaseloadAssignment.ADVISORS_OF_STUDENT, Advisor.class)
                .setParameter("studentId", studentId).getResultList();
    }

    /** All students (administrators), or only the caseload of the advisor with {@code advisorAccountId}. */
    public List<StudentSummary> listSummaries(Long advisorAccountId, PageRequest request) {
        StudentSort sort = StudentSort.forKey(request.sortKey());
        TypedQuery<StudentSummary> rows = entityManager.createQuery(
                SUMMARY + where(advisorAccountId, request.filter()) + " order by " + sort.orderBy(request.ascending()),
                StudentSummary.class);
        bind(rows, advisorAccountId, request.filter());
        return rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    public long countSummaries(Long advisorAccountId, String filter) {
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(s) from Student s" + where(advisorAccountId, filter), Long.class);
        bind(count, advisorAccountId, filter);
        return count.getSingleResult();
    }

    private static String where(Long advisorAccountId, String filter) {
        StringBuilder where = new StringBuilder();
        if (advisorAccountId != null) {
            where.append(" where").append(ON_CASELOAD);
        }
        if (filter != null && !filter.isBlank()) {
            where.append(where.length() == 0 ? " where" : " and").append(FILTER);
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Long advisorAccountId, String filter) {
        if (advisorAccountId != null) {
            query.setParameter("accountId", advisorAccountId);
        }
        if (filter != null && !filter.isBlank()) {
            query.setParameter("text", Like.containing(filter));
        }
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }
}
