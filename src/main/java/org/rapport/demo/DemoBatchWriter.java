package org.rapport.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.rapport.people.Advisor;
import org.rapport.people.CaseloadAssignment;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;

/**
 * Writes one batch of demo records in its own transaction, so a large load commits as it goes and a failure
 * loses at most one batch. Hibernate groups the inserts into JDBC batches ({@code hibernate.jdbc.batch_size}).
 */
@ApplicationScoped
public class DemoBatchWriter {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void persistAll(List<? extends BaseEntity> batch) {
        batch.forEach(entityManager::persist);
    }

    /** Runs demo work that changes existing records, in its own transaction with managed entities. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void inTransaction(java.util.function.Consumer<EntityManager> work) {
        work.accept(entityManager);
    }

    /** Puts students on advisors' caseloads; each pair is {advisor id, student id}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void assignCaseloads(List<long[]> advisorAndStudentIds) {
        for (long[] pair : advisorAndStudentIds) {
            entityManager.persist(new CaseloadAssignment(entityManager.getReference(Advisor.class, pair[0]),
                    entityManager.getReference(Student.class, pair[1])));
        }
    }
}
