package org.rapport.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.Like;

/**
 * Administrators search the audit log, newest first, paged in MariaDB. Only administrators may: the log names
 * who looked at which student.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditSearch {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private SecurityContext securityContext;

    /** One page of matching entries, newest first, each with its student's number (one query). */
    public List<AuditRow> search(AuditQuery query, PageRequest page) {
        requireAdmin();
        StringBuilder where = new StringBuilder();
        List<Object[]> parameters = new ArrayList<>();
        filter(query, where, parameters);
        TypedQuery<AuditRow> rows = entityManager.createQuery(
                "select new org.rapport.audit.AuditRow(e.id, e.occurredAt, e.action, e.actorName, s.studentNumber,"
                        + " e.target, e.detail, e.clientAddress) from AuditEntry e"
                        + " left join Student s on s.id = e.studentId" + where
                        + " order by e.occurredAt desc, e.id desc", AuditRow.class);
        parameters.forEach(p -> rows.setParameter((String) p[0], p[1]));
        return rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(AuditQuery query) {
        requireAdmin();
        StringBuilder where = new StringBuilder();
        List<Object[]> parameters = new ArrayList<>();
        filter(query, where, parameters);
        TypedQuery<Long> count = entityManager.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        parameters.forEach(p -> count.setParameter((String) p[0], p[1]));
        return count.getSingleResult();
    }

    private static void filter(AuditQuery query, StringBuilder where, List<Object[]> parameters) {
        if (query.person() != null && !query.person().isBlank()) {
            and(where, "e.actorName like :person");
            parameters.add(new Object[] {"person", Like.containing(query.person())});
        }
        if (query.studentNumber() != null && !query.studentNumber().isBlank()) {
            and(where, "e.studentId in (select s.id from Student s where s.studentNumber = :number)");
            parameters.add(new Object[] {"number", query.studentNumber().strip()});
        }
        if (query.action() != null) {
            and(where, "e.action = :action");
            parameters.add(new Object[] {"action", query.action()});
        }
        if (query.from() != null) {
            and(where, "e.occurredAt >= :from");
            parameters.add(new Object[] {"from", query.from().atStartOfDay().toInstant(ZoneOffset.UTC)});
        }
        if (query.to() != null) {
            and(where, "e.occurredAt < :to");
            parameters.add(new Object[] {"to", query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)});
        }
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
    }

    private void requireAdmin() {
        if (!securityContext.isCallerInRole("ADMIN")) {
            throw new AccessDeniedException("audit log", null);
        }
    }
}
