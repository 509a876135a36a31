package org.rapport.questionbank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.rapport.platform.Like;
import org.rapport.platform.PageRequest;

/** Reads and stores bank questions; lists filter and page in MariaDB. */
@ApplicationScoped
public class QuestionBankRepository {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<BankQuestion> find(long id) {
        return Optional.ofNullable(entityManager.find(BankQuestion.class, id));
    }

    public void add(BankQuestion question) {
        entityManager.persist(question);
    }

    /** A page of questions, by category then wording (the starter bank reads as a curated list). */
    public List<BankQuestion> list(BankFilter filter, PageRequest page) {
        TypedQuery<BankQuestion> query = entityManager.createQuery("select q from BankQuestion q"
                + conditions(filter) + " order by q.category, q.text, q.id", BankQuestion.class);
        bind(query, filter);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(BankFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(q) from BankQuestion q"
                + conditions(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public long countLive() {
        return entityManager.createNamedQuery(BankQuestion.COUNT_LIVE, Long.class).getSingleResult();
    }

    private static String conditions(BankFilter filter) {
        StringBuilder where = new StringBuilder(filter.retired() ? " where q.retiredAt is not null"
                : " where q.retiredAt is null");
        if (filter.category() != null) {
            where.append(" and q.category = :category");
        }
        if (filter.level() != null) {
            where.append(switch (filter.level()) {
                case PEER -> " and q.fit.peer = true";
                case MID_CAREER -> " and q.fit.midCareer = true";
                case SENIOR -> " and q.fit.senior = true";
            });
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            where.append(" and (q.text like :words or q.focusTags like :words)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, BankFilter filter) {
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            query.setParameter("words", Like.containing(filter.words()));
        }
    }

}
