package org.rapport.orgcharts.web;

import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;
import org.rapport.orgcharts.OrgChartNodeView;
import org.rapport.orgcharts.OrgChartView;

/**
 * Turns a chart into the model PrimeFaces' organigram draws: the organisation at the root (not selectable), the
 * student's nodes below it, each carrying its {@link OrgChartNodeView} as data.
 */
final class OrgChartDrawing {

    static final String ROOT_TYPE = "organisation";
    static final String NODE_TYPE = "node";

    private OrgChartDrawing() {
    }

    static OrganigramNode of(OrgChartView chart, boolean selectable) {
        DefaultOrganigramNode root = new DefaultOrganigramNode(ROOT_TYPE, chart.getOrganisationName(), null);
        root.setSelectable(false);
        root.setExpanded(true);
        root.setCollapsible(false);
        chart.getTopNodes().forEach(top -> add(root, top, selectable));
        return root;
    }

    private static void add(OrganigramNode parent, OrgChartNodeView node, boolean selectable) {
        DefaultOrganigramNode drawn = new DefaultOrganigramNode(NODE_TYPE, node, parent);
        drawn.setRowKey(String.valueOf(node.getId()));
        drawn.setSelectable(selectable);
        drawn.setExpanded(true);
        drawn.setCollapsible(false);
        drawn.setDraggable(false);
        drawn.setDroppable(false);
        node.getReports().forEach(report -> add(drawn, report, selectable));
    }

    /** The drawn node of the chart node with this id, to show it selected. */
    static OrganigramNode find(OrganigramNode from, Long id) {
        if (id == null) {
            return null;
        }
        if (from.getData() instanceof OrgChartNodeView node && node.getId() == id) {
            return from;
        }
        for (OrganigramNode child : from.getChildren()) {
            OrganigramNode found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
