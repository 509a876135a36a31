package org.rapport.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Test-only CDI bean: runs a piece of test code in its own JTA transaction with the application's persistence unit. */
@ApplicationScoped
public class TransactionRunner {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    /** The transaction-scoped entity manager, for read-only checks outside a transaction. */
    public EntityManager entityManager() {
        return entityManager;
    }
}
