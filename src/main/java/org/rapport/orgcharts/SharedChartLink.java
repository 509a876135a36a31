package org.rapport.orgcharts;

import java.io.Serializable;

/** A chart a caseload student shared with their advisor, as a link on the organisation's page. */
public final class SharedChartLink implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long chartId;
    private final String studentName;

    public SharedChartLink(long chartId, String givenName, String familyName) {
        this.chartId = chartId;
        this.studentName = givenName + " " + familyName;
    }

    public long getChartId() {
        return chartId;
    }

    public String getStudentName() {
        return studentName;
    }
}
