package org.rapport.orgcharts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.orgcharts.OrgChartService;
import org.rapport.platform.web.Messages;

/**
 * Backs the "share with my advisor" switch of {@code /student/org-chart}: the student shares the chart they are
 * looking at (see {@link OrgChartBacking}) with their caseload advisors, or makes it private again.
 */
@Named
@ViewScoped
public class OrgChartSharingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrgChartService charts;

    @Inject
    private OrgChartBacking page;

    private Boolean shared;

    public void changeSharing() {
        charts.share(page.getOrganisationId(), isShared());
        Messages.info(isShared() ? "orgChart.shared" : "orgChart.private");
    }

    /** As the chart was loaded, until the student switches it. */
    public boolean isShared() {
        return shared != null ? shared : page.getChart() != null && page.getChart().isShared();
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}
