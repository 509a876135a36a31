package org.rapport.orgcharts;

import org.rapport.platform.BusinessException;

/** Refuses a "reports to" link that would make a node its own manager, directly or through the people below it. */
public class ReportingCycleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReportingCycleException(String nodeName, String managerName) {
        super("orgChart.node.cycle", nodeName, managerName);
    }
}
