package org.rapport.orgcharts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A node of the student's org chart as the editor beside the chart fills it: a new node (no id yet) under a chosen
 * manager, or an existing one with the version it was loaded at, so a change saved meanwhile is not overwritten.
 */
public class OrgChartNodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long nodeId;

    private Long managerId;

    @NotNull(message = "{orgChart.kind.required}")
    private NodeKind kind;

    @NotBlank(message = "{orgChart.name.required}")
    @Size(max = OrgChartNode.NAME_LENGTH, message = "{field.tooLong}")
    private String name;

    @Size(max = OrgChartNode.TITLE_LENGTH, message = "{field.tooLong}")
    private String title;

    private Long connectorId;

    @NotBlank(message = "{orgChart.source.required}")
    @Size(max = OrgChartNode.SOURCE_LENGTH, message = "{field.tooLong}")
    private String source;

    @NotNull(message = "{orgChart.confidence.required}")
    private Confidence confidence;

    private long version;

    public OrgChartNodeForm() {
    }

    /** An empty form for a node reporting to {@code managerId} ({@code null}: at the top). */
    public static OrgChartNodeForm reportingTo(Long managerId) {
        OrgChartNodeForm form = new OrgChartNodeForm();
        form.managerId = managerId;
        form.kind = NodeKind.PERSON;
        return form;
    }

    /** A form filled from a node on the chart. */
    public static OrgChartNodeForm of(OrgChartNodeView node) {
        OrgChartNodeForm form = new OrgChartNodeForm();
        form.nodeId = node.getId();
        form.managerId = node.getManagerId();
        form.kind = node.getKind();
        form.name = node.getName();
        form.title = node.getTitle();
        form.connectorId = node.getConnectorId();
        form.source = node.getSource();
        form.confidence = node.getConfidence();
        form.version = node.getVersion();
        return form;
    }

    public boolean isNewNode() {
        return nodeId == null;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public NodeKind getKind() {
        return kind;
    }

    public void setKind(NodeKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(Long connectorId) {
        this.connectorId = connectorId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
