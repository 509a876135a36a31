package org.rapport.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Writes audit rows. Each row is committed in its own transaction, so a denied or failed action is recorded
 * even when the caller's transaction rolls back.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, Long studentId, String target, String detail) {
        entityManager.persist(new AuditEntry(actor, action, studentId, target, detail));
        LOG.fine(() -> String.format("audit %s by %s (student %s, %s)", action, actor.name(), studentId, target));
    }
}
