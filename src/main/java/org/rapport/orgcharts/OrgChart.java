package org.rapport.orgcharts;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * One student's picture of how an organisation is put together: units, roles and people and who reports to whom.
 * It is the student's private research; the student may share it with their caseload advisors, who can then read
 * it. Nodes are added and removed through the chart, so removing one keeps the rest of the tree connected.
 */
@Entity
@Table(name = "org_chart")
@NamedQuery(name = OrgChart.FIND_BY_STUDENT_AND_ORGANISATION, query = "select c from OrgChart c"
        + " where c.student = :student and c.organisation.id = :organisationId")
public class OrgChart extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_STUDENT_AND_ORGANISATION = "OrgChart.findByStudentAndOrganisation";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "shared_with_advisor", nullable = false)
    private boolean sharedWithAdvisor;

    /** Nodes have their own versions; adding or removing one does not make the whole chart stale. */
    @OneToMany(mappedBy = "chart", cascade = CascadeType.PERSIST)
    @OptimisticLock(excluded = true)
    private List<OrgChartNode> nodes = new ArrayList<>();

    protected OrgChart() {
        // for JPA
    }

    public OrgChart(Student student, Organisation organisation) {
        this.student = Require.present(student, "student");
        this.organisation = Require.present(organisation, "organisation");
    }

    /** The student lets their caseload advisors read the chart. */
    public void shareWithAdvisor() {
        sharedWithAdvisor = true;
    }

    /** The chart becomes private to the student again. */
    public void stopSharing() {
        sharedWithAdvisor = false;
    }

    /**
     * Adds a node reporting to {@code manager} ({@code null}: at the top of the chart).
     *
     * @throws IllegalArgumentException when the manager belongs to another chart
     */
    public OrgChartNode addNode(NodeKind kind, String name, String title, String source, Confidence confidence,
                                OrgChartNode manager) {
        OrgChartNode node = new OrgChartNode(this, kind, name, title, source, confidence);
        node.reportTo(manager);
        nodes.add(node);
        return node;
    }

    /**
     * Takes {@code node} off the chart; the people, roles and units that reported to it now report to its manager
     * (or stand at the top when it had none). Returns the nodes that moved up.
     */
    public List<OrgChartNode> remove(OrgChartNode node) {
        Require.present(node, "node");
        if (!node.belongsTo(this)) {
            throw new IllegalArgumentException(node + " is not on " + this);
        }
        OrgChartNode manager = node.getManager();
        List<OrgChartNode> reports = reportsOf(node);
        reports.forEach(report -> report.reportTo(manager));
        nodes.removeIf(candidate -> OrgChartNode.same(candidate, node));
        return reports;
    }

    /** The nodes that report directly to {@code manager}. */
    public List<OrgChartNode> reportsOf(OrgChartNode manager) {
        return nodes.stream().filter(candidate -> candidate.getManager() != null
                && OrgChartNode.same(candidate.getManager(), manager)).toList();
    }

    public Student getStudent() {
        return student;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isSharedWithAdvisor() {
        return sharedWithAdvisor;
    }

    public List<OrgChartNode> getNodes() {
        return Collections.unmodifiableList(nodes);
    }
}
