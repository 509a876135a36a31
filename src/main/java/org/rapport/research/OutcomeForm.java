package org.rapport.research;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of testing one hypothesis, as the student records it: the new status, the evidence, who said it and
 * when, and (for a refinement) a new wording. Filled for one hypothesis, whose version it remembers.
 */
public class OutcomeForm extends PartForm {

    private static final long serialVersionUID = 1L;

    private String statement;
    private List<HypothesisStatus> choices = List.of();

    @NotNull(message = "{notebook.outcome.status.required}")
    private HypothesisStatus status;

    @NotBlank(message = "{notebook.evidence.required}")
    @Size(max = HypothesisChange.EVIDENCE_LENGTH, message = "{field.tooLong}")
    private String evidence;

    private Long connectorId;

    @NotNull(message = "{notebook.date.required}")
    @PastOrPresent(message = "{notebook.date.future}")
    private LocalDate heardOn;

    @Size(max = Hypothesis.STATEMENT_LENGTH, message = "{field.tooLong}")
    private String rewording;

    public static OutcomeForm of(Hypothesis hypothesis, LocalDate today) {
        OutcomeForm form = new OutcomeForm();
        form.fillFrom(hypothesis);
        form.statement = hypothesis.getStatement();
        form.choices = hypothesis.getStatus().next().stream().sorted().toList();
        form.heardOn = today;
        return form;
    }

    /** The wording of the hypothesis the outcome is for. */
    public String getStatement() {
        return statement;
    }

    /** The statuses the hypothesis may move to. */
    public List<HypothesisStatus> getChoices() {
        return choices;
    }

    public HypothesisStatus getStatus() {
        return status;
    }

    public void setStatus(HypothesisStatus status) {
        this.status = status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(Long connectorId) {
        this.connectorId = connectorId;
    }

    public LocalDate getHeardOn() {
        return heardOn;
    }

    public void setHeardOn(LocalDate heardOn) {
        this.heardOn = heardOn;
    }

    public String getRewording() {
        return rewording;
    }

    public void setRewording(String rewording) {
        this.rewording = rewording;
    }
}
