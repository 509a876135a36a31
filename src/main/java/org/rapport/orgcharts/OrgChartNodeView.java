package org.rapport.orgcharts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of an org chart as the screens show it, read with its manager's id and its connector's name in one
 * query; {@link OrgChartView} links the rows into a tree.
 */
public final class OrgChartNodeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final Long managerId;
    private final NodeKind kind;
    private final String name;
    private final String title;
    private final Long connectorId;
    private final String connectorName;
    private final String source;
    private final Confidence confidence;
    private final List<OrgChartNodeView> reports = new ArrayList<>();
    private int depth;

    public OrgChartNodeView(long id, long version, Long managerId, NodeKind kind, String name, String title,
                            Long connectorId, String connectorName, String source, Confidence confidence) {
        this.id = id;
        this.version = version;
        this.managerId = managerId;
        this.kind = kind;
        this.name = name;
        this.title = title;
        this.connectorId = connectorId;
        this.connectorName = connectorName;
        this.source = source;
        this.confidence = confidence;
    }

    void addReport(OrgChartNodeView report) {
        reports.add(report);
    }

    void placeAt(int newDepth) {
        this.depth = newDepth;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getManagerId() {
        return managerId;
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

    public String getConnectorName() {
        return connectorName;
    }

    public String getSource() {
        return source;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    /** The nodes that report directly to this one, by name. */
    public List<OrgChartNodeView> getReports() {
        return Collections.unmodifiableList(reports);
    }

    /** 0 at the top of the chart. */
    /** The name indented by depth ("— — Ben Yamada"), for the "reports to" list. */
    public String getIndentedName() {
        return "\u2014 ".repeat(getDepth()) + getName();
    }

    public int getDepth() {
        return depth;
    }
}
