package org.rapport.orgcharts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A unit, role or person on a student's org chart, with whom it reports to, where the student learned it and how
 * sure they are. It protects the shape of the chart: a node never reports to itself or to anyone below it, so the
 * chart stays a tree. A person may be linked to one of the student's own connectors (by id; the connectors
 * feature owns those records).
 */
@Entity
@Table(name = "org_chart_node")
public class OrgChartNode extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 160;
    public static final int TITLE_LENGTH = 160;
    public static final int SOURCE_LENGTH = 255;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chart_id", nullable = false, updatable = false)
    private OrgChart chart;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private OrgChartNode manager;

    @NotNull(message = "{orgChart.kind.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 10, nullable = false)
    private NodeKind kind;

    @NotBlank(message = "{orgChart.name.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    /** A person's job title, or a unit's or role's short description. */
    @Size(max = TITLE_LENGTH, message = "{field.tooLong}")
    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @Column(name = "connector_id")
    private Long connectorId;

    /** Where the student learned it: "told by Dana in our meeting on 3 March", "company website". */
    @NotBlank(message = "{orgChart.source.required}")
    @Size(max = SOURCE_LENGTH, message = "{field.tooLong}")
    @Column(name = "source", length = SOURCE_LENGTH, nullable = false)
    private String source;

    @NotNull(message = "{orgChart.confidence.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "confidence", length = 12, nullable = false)
    private Confidence confidence;

    protected OrgChartNode() {
        // for JPA
    }

    OrgChartNode(OrgChart chart, NodeKind kind, String name, String title, String source, Confidence confidence) {
        this.chart = Require.present(chart, "chart");
        describe(kind, name, title, source, confidence);
    }

    /** Records what the node is and how the student knows it. */
    public void describe(NodeKind newKind, String newName, String newTitle, String newSource,
                         Confidence newConfidence) {
        this.kind = Require.present(newKind, "kind");
        this.name = Require.text(newName, NAME_LENGTH, "name");
        this.title = Require.optionalText(newTitle, TITLE_LENGTH, "title");
        this.source = Require.text(newSource, SOURCE_LENGTH, "source");
        this.confidence = Require.present(newConfidence, "confidence");
    }

    /**
     * Makes this node report to {@code newManager}, or stand at the top of the chart when it is {@code null}.
     *
     * @throws ReportingCycleException when {@code newManager} is this node or reports (directly or not) to it
     * @throws IllegalArgumentException when {@code newManager} is on another chart
     */
    public void reportTo(OrgChartNode newManager) {
        if (newManager != null) {
            if (!OrgChartNode.same(newManager.getChart(), chart)) {
                throw new IllegalArgumentException(newManager + " is on another chart than " + this);
            }
            int steps = 0;
            for (OrgChartNode above = newManager; above != null; above = above.getManager()) {
                if (same(above, this)) {
                    throw new ReportingCycleException(name, newManager.getName());
                }
                if (++steps > 100_000) {
                    throw new IllegalStateException("the chart above " + newManager + " does not end");
                }
            }
        }
        this.manager = newManager;
    }

    /** Links the person to one of the student's connectors ({@code null} removes the link). */
    public void linkConnector(Long newConnectorId) {
        this.connectorId = newConnectorId;
    }

    boolean belongsTo(OrgChart candidate) {
        return same(chart, candidate);
    }

    /**
     * Whether two references stand for the same record. A lazy reference to a node is a proxy of another class,
     * so the id decides; before the first save (ids are not yet given) only the very same object is the same.
     */
    static boolean same(BaseEntity a, BaseEntity b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    public OrgChart getChart() {
        return chart;
    }

    public OrgChartNode getManager() {
        return manager;
    }

    public NodeKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public String getSource() {
        return source;
    }

    public Confidence getConfidence() {
        return confidence;
    }
}
