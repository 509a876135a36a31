package org.rapport.orgcharts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.rapport.people.Student;

/**
 * Queries over org charts. A chart's nodes are read in one query (with their managers' ids and connectors'
 * names), however many there are. Connectors are reached by entity name only, so this feature does not depend on
 * the connectors feature's classes (that feature depends on organisations).
 */
@ApplicationScoped
public class OrgChartRepository {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<OrgChart> findChart(Student student, long organisationId) {
        return entityManager.createNamedQuery(OrgChart.FIND_BY_STUDENT_AND_ORGANISATION, OrgChart.class)
                .setParameter("student", student).setParameter("organisationId", organisationId)
                .getResultStream().findFirst();
    }

    /** The chart with its student and organisation, read together. */
    public Optional<OrgChart> find(long chartId) {
        return entityManager.createQuery("select c from OrgChart c join fetch c.student join fetch c.organisation"
                + " where c.id = :id", OrgChart.class).setParameter("id", chartId).getResultStream().findFirst();
    }

    /** Every node of the chart, in one query. */
    public List<OrgChartNodeView> listNodes(long chartId) {
        return entityManager.createQuery("select new org.rapport.orgcharts.OrgChartNodeView(n.id, n.version,"
                        + " m.id, n.kind, n.name, n.title, c.id, c.fullName, n.source, n.confidence)"
                        + " from OrgChartNode n left join n.manager m left join Connector c on c.id = n.connectorId"
                        + " where n.chart.id = :chartId", OrgChartNodeView.class)
                .setParameter("chartId", chartId).getResultList();
    }

    /** The student's connectors that are not archived, by name: who a person on the chart may be linked to. */
    public List<ConnectorChoice> listActiveConnectors(Student student) {
        return entityManager.createQuery("select new org.rapport.orgcharts.ConnectorChoice(c.id, c.fullName)"
                        + " from Connector c where c.owner = :student and (c.archived = false"
                        + " or exists (select n.id from OrgChartNode n where n.connectorId = c.id))"
                        + " order by c.fullName",
                ConnectorChoice.class).setParameter("student", student).getResultList();
    }

    public boolean isActiveConnectorOf(long connectorId, Student student) {
        return entityManager.createQuery("select count(c) from Connector c where c.id = :id and c.owner = :student"
                        + " and c.archived = false", Long.class)
                .setParameter("id", connectorId).setParameter("student", student).getSingleResult() > 0;
    }

    /** Charts of this organisation that caseload students of the advisor (by account) shared with them. */
    public List<SharedChartLink> listSharedWithAdvisor(long organisationId, long advisorAccountId) {
        return entityManager.createQuery("select new org.rapport.orgcharts.SharedChartLink(c.id, s.givenName,"
                        + " s.familyName) from OrgChart c join c.student s where c.organisation.id = :organisationId"
                        + " and c.sharedWithAdvisor = true and exists (select a.id from CaseloadAssignment a"
                        + " where a.student = s and a.advisor.account.id = :accountId)"
                        + " order by s.familyName, s.givenName, c.id", SharedChartLink.class)
                .setParameter("organisationId", organisationId).setParameter("accountId", advisorAccountId)
                .getResultList();
    }

    public void add(Object chartOrNode) {
        entityManager.persist(chartOrNode);
    }

    public void remove(OrgChartNode node) {
        entityManager.remove(node);
    }
}
