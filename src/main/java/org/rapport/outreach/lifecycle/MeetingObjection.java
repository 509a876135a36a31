package org.rapport.outreach.lifecycle;

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
import org.rapport.meetings.Meeting;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/** What a connector answered instead of yes, coded (for the office's statistics) with the student's note. */
@Entity
@Table(name = "meeting_objection")
public class MeetingObjection extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private ObjectionKind kind;

    @Size(max = NOTE_LENGTH, message = "{field.tooLong}")
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    protected MeetingObjection() {
        // for JPA
    }

    public MeetingObjection(Meeting meeting, ObjectionKind kind, String note, LocalDate raisedOn) {
        this.meeting = Require.present(meeting, "meeting");
        this.kind = Require.present(kind, "kind");
        this.note = Require.optionalText(note, NOTE_LENGTH, "note");
        this.raisedOn = Require.present(raisedOn, "raisedOn");
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ObjectionKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }
}
