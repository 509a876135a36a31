package org.rapport.orgcharts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rapport.orgcharts.Confidence;
import org.rapport.orgcharts.NodeKind;

/** The fixed choices of the org chart editor: what a node is, and how sure the student is of it. */
@Named
@ApplicationScoped
public class OrgChartOptions {

    public NodeKind[] getKinds() {
        return NodeKind.values();
    }

    public Confidence[] getConfidences() {
        return Confidence.values();
    }
}
