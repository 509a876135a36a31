package org.rapport.outreach.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What the connector said instead of yes: the coded kind, the student's note and the day they said it. */
public class ObjectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @NotNull(message = "{lifecycle.objection.kindRequired}")
    private ObjectionKind kind;

    @Size(max = MeetingObjection.NOTE_LENGTH, message = "{field.tooLong}")
    private String note;

    @NotNull(message = "{lifecycle.objection.dateRequired}")
    private LocalDate raisedOn;

    public ObjectionForm() {
    }

    public ObjectionForm(long version, LocalDate raisedOn) {
        this.version = version;
        this.raisedOn = raisedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ObjectionKind getKind() {
        return kind;
    }

    public void setKind(ObjectionKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public void setRaisedOn(LocalDate raisedOn) {
        this.raisedOn = raisedOn;
    }
}
