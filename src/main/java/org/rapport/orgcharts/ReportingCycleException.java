package org.rapport.orgcharts;

import org.rapport.platform.InvalidFieldException;

/**
 * Refuses a "reports to" link that would make a node its own manager, directly or through the people below it; the
 * message stands next to the "reports to" field.
 */
public class ReportingCycleException extends InvalidFieldException {

    private static final long serialVersionUID = 1L;

    public ReportingCycleException(String nodeName, String managerName) {
        super("manager", "orgChart.node.cycle", nodeName, managerName);
    }
}
