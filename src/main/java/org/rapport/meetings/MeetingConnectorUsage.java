package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rapport.connectors.ConnectorUsage;

/** A connector with meetings keeps them: the meetings are the student's record of who they talked to. */
@ApplicationScoped
public class MeetingConnectorUsage implements ConnectorUsage {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Override
    public long countReferences(long connectorId) {
        return entityManager.createQuery("select count(m) from Meeting m where m.connector.id = :id", Long.class)
                .setParameter("id", connectorId).getSingleResult();
    }

    @Override
    public String messageKey() {
        return "meeting.connectorReferences";
    }
}
