package org.rapport.outreach.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/** A success the student reports (an offer accepted, a new role, graduate school): the loop to close with helpers. */
@Entity
@Table(name = "student_outcome")
public class StudentOutcome extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int ORGANISATION_LENGTH = 200;
    public static final int NOTE_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private OutcomeKind kind;

    @Size(max = ORGANISATION_LENGTH, message = "{field.tooLong}")
    @Column(name = "organisation", length = ORGANISATION_LENGTH)
    private String organisation;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    @Size(max = NOTE_LENGTH, message = "{field.tooLong}")
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    /** The connector whose conversation led to it, when the student says so: their branch of the chain is marked. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "came_through_id")
    private Connector cameThrough;

    protected StudentOutcome() {
        // for JPA
    }

    public StudentOutcome(Student student, OutcomeKind kind, String organisation, LocalDate recordedOn,
                          String note) {
        this.student = Require.present(student, "student");
        this.kind = Require.present(kind, "kind");
        this.organisation = Require.optionalText(organisation, ORGANISATION_LENGTH, "organisation");
        this.recordedOn = Require.present(recordedOn, "recordedOn");
        this.note = Require.optionalText(note, NOTE_LENGTH, "note");
    }

    public Student getStudent() {
        return student;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getNote() {
        return note;
    }

    /** Names the connector whose conversation led to this success (null: not said). */
    public void cameThrough(Connector connector) {
        this.cameThrough = connector;
    }

    public Connector getCameThrough() {
        return cameThrough;
    }
}
