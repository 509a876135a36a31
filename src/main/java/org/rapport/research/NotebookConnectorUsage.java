package org.rapport.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rapport.connectors.ConnectorUsage;

/** Notes, news items and hypothesis evidence that name a connector keep it from being deleted. */
@ApplicationScoped
public class NotebookConnectorUsage implements ConnectorUsage {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Override
    public long countReferences(long connectorId) {
        Number count = (Number) entityManager.createNativeQuery("select"
                        + " (select count(*) from research_note where connector_id = ?1)"
                        + " + (select count(*) from research_news_item where connector_id = ?1)"
                        + " + (select count(*) from research_hypothesis_change where heard_from_connector_id = ?1)")
                .setParameter(1, connectorId).getSingleResult();
        return count.longValue();
    }

    @Override
    public String messageKey() {
        return "notebook.connectorReferences";
    }
}
