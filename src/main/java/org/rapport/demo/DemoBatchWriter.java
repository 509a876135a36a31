package org.rapport.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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
}
