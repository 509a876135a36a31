package org.rapport.outreach.outcomes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A success as the student reports it. It remembers how many outcomes the student had when the form was filled, so
 * a second click on "record" (the same form sent twice) records nothing more.
 */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{outcomes.kind.required}")
    private OutcomeKind kind;

    @Size(max = StudentOutcome.ORGANISATION_LENGTH, message = "{field.tooLong}")
    private String organisation;

    @NotNull(message = "{outcomes.recordedOn.required}")
    private LocalDate recordedOn;

    @Size(max = StudentOutcome.NOTE_LENGTH, message = "{field.tooLong}")
    private String note;

    private long knownOutcomes;

    private Long cameThroughId;

    public OutcomeForm() {
    }

    public OutcomeForm(LocalDate today, long knownOutcomes) {
        this.recordedOn = today;
        this.knownOutcomes = knownOutcomes;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public void setRecordedOn(LocalDate recordedOn) {
        this.recordedOn = recordedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getKnownOutcomes() {
        return knownOutcomes;
    }

    public void setKnownOutcomes(long knownOutcomes) {
        this.knownOutcomes = knownOutcomes;
    }

    /** The connector whose conversation led to it (optional). */
    public Long getCameThroughId() {
        return cameThroughId;
    }

    public void setCameThroughId(Long cameThroughId) {
        this.cameThroughId = cameThroughId;
    }
}
