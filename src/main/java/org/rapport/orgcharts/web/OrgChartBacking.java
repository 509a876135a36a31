package org.rapport.orgcharts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.organigram.OrganigramNodeSelectEvent;
import org.primefaces.model.OrganigramNode;
import org.rapport.orgcharts.ConnectorChoice;
import org.rapport.orgcharts.OrgChartNodeForm;
import org.rapport.orgcharts.OrgChartNodeView;
import org.rapport.orgcharts.OrgChartService;
import org.rapport.orgcharts.OrgChartView;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs {@code /student/org-chart?organisation=…[&node=…]}: the student's own chart of an organisation, drawn and
 * listed, with an editor beside it for the selected node (or a new one). A refused save keeps what was typed.
 */
@Named
@ViewScoped
public class OrgChartBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrgChartService charts;

    private Long organisationId;
    /** The node the address asked for; view parameters are applied again on every postback, so kept apart. */
    private Long requestedNode;
    private Long selectedId;
    private OrgChartView chart;
    private OrganigramNode drawing;
    private OrganigramNode drawnSelection;
    private OrgChartNodeForm form;
    private List<ConnectorChoice> connectors;

    public void load() {
        if (chart != null) {
            return;
        }
        connectors = ErrorResponses.loadOrRefuse(organisationId, "organisation", () -> {
            List<ConnectorChoice> choices = charts.ownConnectorChoices();
            refresh(requestedNode);
            return choices;
        });
    }

    /** Reloads the chart and opens the node with this id in the editor (a new top node when there is none). */
    private void refresh(Long nodeId) {
        chart = charts.ownChart(organisationId);
        drawing = OrgChartDrawing.of(chart, true);
        OrgChartNodeView node = nodeId == null ? null : chart.node(nodeId).orElse(null);
        selectedId = node == null ? null : node.getId();
        drawnSelection = OrgChartDrawing.find(drawing, selectedId);
        form = node == null ? OrgChartNodeForm.reportingTo(null) : OrgChartNodeForm.of(node);
    }

    public void onSelect(OrganigramNodeSelectEvent event) {
        if (event.getOrganigramNode().getData() instanceof OrgChartNodeView node) {
            selectedId = node.getId();
            form = OrgChartNodeForm.of(node);
        }
    }

    /** Starts a new node reporting to the selected one. */
    public void addReport() {
        form = OrgChartNodeForm.reportingTo(selectedId);
    }

    /** Starts a new node at the top of the chart. */
    public void addTopNode() {
        form = OrgChartNodeForm.reportingTo(null);
    }

    public void save() {
        String name = form.getName();
        attempt(() -> refresh(charts.saveNode(organisationId, form)), "orgChart.node.saved", name);
    }

    public void remove() {
        String name = form.getName();
        attempt(() -> {
            charts.removeNode(organisationId, form.getNodeId(), form.getVersion());
            refresh(null);
        }, "orgChart.node.removed", name);
    }

    /** Runs a change through {@link FormActions}: a refusal or a lost race leaves the form as typed and says why. */
    private void attempt(Runnable change, String doneKey, String name) {
        if (FormActions.attempt("editor", "orgChart.conflict", change)) {
            Messages.info(doneKey, name);
        }
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getRequestedNode() {
        return requestedNode;
    }

    public void setRequestedNode(Long requestedNode) {
        this.requestedNode = requestedNode;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public OrgChartView getChart() {
        return chart;
    }

    public OrganigramNode getDrawing() {
        return drawing;
    }

    public OrganigramNode getDrawnSelection() {
        return drawnSelection;
    }

    public void setDrawnSelection(OrganigramNode drawnSelection) {
        this.drawnSelection = drawnSelection;
    }

    public OrgChartNodeForm getForm() {
        return form;
    }

    public List<ConnectorChoice> getConnectors() {
        return connectors;
    }
}
