package org.rapport.orgcharts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.OrganigramNode;
import org.rapport.orgcharts.OrgChartService;
import org.rapport.orgcharts.OrgChartView;
import org.rapport.platform.web.ErrorResponses;

/**
 * Backs {@code /staff/org-chart?id=…}: a chart a caseload student shared with their advisor, read-only. The id
 * comes from the address, so the service decides; a refusal shows the no-access page, never the chart.
 */
@Named
@RequestScoped
public class StaffOrgChartBacking {

    @Inject
    private OrgChartService charts;

    private Long id;
    private OrgChartView chart;
    private OrganigramNode drawing;

    public void load() {
        chart = ErrorResponses.loadOrRefuse(id, "org chart", () -> charts.viewChart(id));
        drawing = chart == null ? null : OrgChartDrawing.of(chart, false);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrgChartView getChart() {
        return chart;
    }

    public OrganigramNode getDrawing() {
        return drawing;
    }
}
