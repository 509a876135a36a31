package org.rapport.orgcharts;

import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A student's org chart of one organisation as a tree, ready to draw: the nodes at the top, each with its reports,
 * and the same nodes in reading order (top to bottom, depth first). Before the student's first edit the chart does
 * not exist yet and has no id and no nodes.
 */
public final class OrgChartView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long chartId;
    private final long organisationId;
    private final String organisationName;
    private final String studentName;
    private final boolean shared;
    private final List<OrgChartNodeView> topNodes;
    private final List<OrgChartNodeView> inReadingOrder;

    OrgChartView(Long chartId, long organisationId, String organisationName, String studentName, boolean shared,
                 List<OrgChartNodeView> rows) {
        this.chartId = chartId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.studentName = studentName;
        this.shared = shared;
        this.topNodes = new ArrayList<>();
        this.inReadingOrder = new ArrayList<>();
        link(rows);
    }

    /** Links rows to their managers; a row whose manager is missing stands at the top. */
    private void link(List<OrgChartNodeView> rows) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<OrgChartNodeView> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(OrgChartNodeView::getName, collator)
                .thenComparingLong(OrgChartNodeView::getId));
        Map<Long, OrgChartNodeView> byId = new LinkedHashMap<>();
        sorted.forEach(row -> byId.put(row.getId(), row));
        for (OrgChartNodeView row : sorted) {
            OrgChartNodeView manager = row.getManagerId() == null ? null : byId.get(row.getManagerId());
            if (manager == null) {
                topNodes.add(row);
            } else {
                manager.addReport(row);
            }
        }
        Set<Long> placed = new HashSet<>();
        topNodes.forEach(top -> place(top, 0, placed));
        // Rows caught in a loop (which the application never writes) are still shown, at the top.
        for (OrgChartNodeView row : sorted) {
            if (!placed.contains(row.getId())) {
                topNodes.add(row);
                place(row, 0, placed);
            }
        }
    }

    private void place(OrgChartNodeView node, int depth, Set<Long> placed) {
        if (!placed.add(node.getId())) {
            return;
        }
        node.placeAt(depth);
        inReadingOrder.add(node);
        node.getReports().forEach(report -> place(report, depth + 1, placed));
    }

    public Optional<OrgChartNodeView> node(long id) {
        return inReadingOrder.stream().filter(node -> node.getId() == id).findFirst();
    }

    public Long getChartId() {
        return chartId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getStudentName() {
        return studentName;
    }

    public boolean isShared() {
        return shared;
    }

    public boolean isEmpty() {
        return inReadingOrder.isEmpty();
    }

    public List<OrgChartNodeView> getTopNodes() {
        return Collections.unmodifiableList(topNodes);
    }

    public List<OrgChartNodeView> getNodesInReadingOrder() {
        return Collections.unmodifiableList(inReadingOrder);
    }

    /** Nodes the node with this id (or a new one, for {@code null}) may report to: all others, in reading order. */
    public List<OrgChartNodeView> managerChoicesFor(Long nodeId) {
        return inReadingOrder.stream().filter(node -> nodeId == null || node.getId() != nodeId).toList();
    }
}
