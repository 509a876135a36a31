package org.rapport.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.rapport.research.HypothesisChange;
import org.rapport.research.HypothesisStatus;

/**
 * What the meeting did to one of the student's hypotheses: confirmed, refuted or refined (with the sharper wording),
 * and the note that is the evidence.
 */
public class HypothesisOutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long hypothesisId;

    @NotNull(message = "{meeting.hypothesis.outcomeRequired}")
    private HypothesisStatus outcome;

    @NotBlank(message = "{notebook.evidence.required}")
    @Size(max = HypothesisChange.EVIDENCE_LENGTH, message = "{field.tooLong}")
    private String evidence;

    @Size(max = 500, message = "{field.tooLong}")
    private String rewording;

    public Long getHypothesisId() {
        return hypothesisId;
    }

    public void setHypothesisId(Long hypothesisId) {
        this.hypothesisId = hypothesisId;
    }

    public HypothesisStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(HypothesisStatus outcome) {
        this.outcome = outcome;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getRewording() {
        return rewording;
    }

    public void setRewording(String rewording) {
        this.rewording = rewording;
    }
}
