package org.rapport.orgcharts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rapport.connectors.ConnectorUsage;

/** People on a student's org charts linked to a connector keep that connector from being deleted. */
@ApplicationScoped
public class OrgChartConnectorUsage implements ConnectorUsage {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Override
    public long countReferences(long connectorId) {
        return entityManager.createQuery("select count(n) from OrgChartNode n where n.connectorId = :id", Long.class)
                .setParameter("id", connectorId).getSingleResult();
    }

    @Override
    public String messageKey() {
        return "orgChart.connectorReferences";
    }
}
