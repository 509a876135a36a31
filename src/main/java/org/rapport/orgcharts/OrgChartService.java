package org.rapport.orgcharts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.rapport.identity.CurrentUser;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.OrganisationRepository;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;

/**
 * The only door to org charts. A chart is the student's private research: only the student changes it, and only
 * the student and, once the student shares it, their caseload advisors read it (read-only, audited). Administrators
 * are not let in. A student's chart of an organisation comes into being with their first change to it.
 */
@ApplicationScoped
@Transactional
public class OrgChartService {

    @Inject
    private OrgChartRepository charts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private StudentAccess access;

    @Inject
    private CurrentUser currentUser;

    /** The signed-in student's chart of this organisation; empty before their first change. */
    public OrgChartView ownChart(long organisationId) {
        Student student = access.currentStudent();
        Organisation organisation = organisation(organisationId);
        return charts.findChart(student, organisationId)
                .map(chart -> viewOf(chart, organisation, student))
                .orElseGet(() -> new OrgChartView(null, organisationId, organisation.getName(),
                        student.getDisplayName(), false, List.of()));
    }

    /** The signed-in student's connectors a person on the chart may be linked to. */
    public List<ConnectorChoice> ownConnectorChoices() {
        return charts.listActiveConnectors(access.currentStudent());
    }

    /**
     * Adds a node to the signed-in student's chart of the organisation, or saves a change to one; returns its id.
     *
     * @throws ReportingCycleException when the node would report to itself or to someone below it
     * @throws ConcurrentChangeException when the node was saved meanwhile (in another window); nothing is changed
     */
    public long saveNode(long organisationId, @NotNull @Valid OrgChartNodeForm form) {
        Student student = access.currentStudent();
        OrgChart chart = charts.findChart(student, organisationId).orElseGet(() -> {
            OrgChart created = new OrgChart(student, organisation(organisationId));
            charts.add(created);
            return created;
        });
        OrgChartNode manager = form.getManagerId() == null ? null : nodeOf(chart, form.getManagerId());
        Long connectorId = form.getKind() == NodeKind.PERSON ? form.getConnectorId() : null;
        OrgChartNode existing = form.isNewNode() ? null : nodeOf(chart, form.getNodeId());
        boolean keepsItsLink = existing != null && connectorId != null && connectorId.equals(existing.getConnectorId());
        if (connectorId != null && !keepsItsLink && !charts.isActiveConnectorOf(connectorId, student)) {
            throw new NotFoundException("connector", connectorId);
        }
        OrgChartNode node;
        if (form.isNewNode()) {
            node = chart.addNode(form.getKind(), form.getName(), form.getTitle(), form.getSource(),
                    form.getConfidence(), manager);
            charts.add(node);
        } else {
            node = existing;
            if (node.getVersion() != form.getVersion()) {
                throw new ConcurrentChangeException(node.getName());
            }
            node.reportTo(manager);
            node.describe(form.getKind(), form.getName(), form.getTitle(), form.getSource(), form.getConfidence());
        }
        node.linkConnector(connectorId);
        return node.getId();
    }

    /**
     * Takes a node off the signed-in student's chart; its reports move up to its manager.
     *
     * @throws ConcurrentChangeException when the node was saved meanwhile; nothing is removed
     */
    public void removeNode(long organisationId, long nodeId, long version) {
        Student student = access.currentStudent();
        OrgChart chart = charts.findChart(student, organisationId)
                .orElseThrow(() -> new NotFoundException("org chart node", nodeId));
        OrgChartNode node = nodeOf(chart, nodeId);
        if (node.getVersion() != version) {
            throw new ConcurrentChangeException(node.getName());
        }
        chart.remove(node);
        charts.remove(node);
    }

    /** The student shares the chart with their caseload advisors, or makes it private again. */
    public void share(long organisationId, boolean withAdvisor) {
        Student student = access.currentStudent();
        OrgChart chart = charts.findChart(student, organisationId).orElseGet(() -> {
            OrgChart created = new OrgChart(student, organisation(organisationId));
            charts.add(created);
            return created;
        });
        if (withAdvisor) {
            chart.shareWithAdvisor();
        } else {
            chart.stopSharing();
        }
    }

    /**
     * A chart by id, for its student or, when shared, for an advisor with the student on their caseload (audited).
     * Anyone else is refused (audited), administrators included.
     */
    public OrgChartView viewChart(long chartId) {
        OrgChart chart = charts.find(chartId).orElseThrow(() -> new NotFoundException("org chart", chartId));
        Student student = chart.getStudent();
        String what = "org chart " + chartId;
        if (!access.isOwner(student)) {
            if (!chart.isSharedWithAdvisor() || !access.isCaseloadAdvisor(student)) {
                throw access.denied(what, student.getId());
            }
            access.checkCanRead(student, what);
        }
        return viewOf(chart, chart.getOrganisation(), student);
    }

    /** For an advisor: the charts of this organisation their caseload students shared; nothing for others. */
    public List<SharedChartLink> sharedChartsOnMyCaseload(long organisationId) {
        if (!currentUser.isAdvisor()) {
            return List.of();
        }
        return currentUser.accountId().map(account -> charts.listSharedWithAdvisor(organisationId, account))
                .orElse(List.of());
    }

    private OrgChartView viewOf(OrgChart chart, Organisation organisation, Student student) {
        return new OrgChartView(chart.getId(), organisation.getId(), organisation.getName(), student.getDisplayName(),
                chart.isSharedWithAdvisor(), charts.listNodes(chart.getId()));
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    /** A node of this chart (its nodes load in one query); an id from elsewhere is not found. */
    private static OrgChartNode nodeOf(OrgChart chart, long nodeId) {
        return chart.getNodes().stream().filter(node -> node.getId() == nodeId).findFirst()
                .orElseThrow(() -> new NotFoundException("org chart node", nodeId));
    }
}
