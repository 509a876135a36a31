package org.rapport.connectors;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One row of the "what they value" part of the connector form: the interest, whether it is marked, and why. */
public class InterestChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private ConnectorInterest interest;

    private boolean marked;

    @Size(max = MarkedInterest.EVIDENCE_LENGTH, message = "{field.tooLong}")
    private String evidence;

    public InterestChoice() {
    }

    public InterestChoice(ConnectorInterest interest, boolean marked, String evidence) {
        this.interest = interest;
        this.marked = marked;
        this.evidence = evidence;
    }

    public ConnectorInterest getInterest() {
        return interest;
    }

    public void setInterest(ConnectorInterest interest) {
        this.interest = interest;
    }

    public boolean isMarked() {
        return marked;
    }

    public void setMarked(boolean marked) {
        this.marked = marked;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
