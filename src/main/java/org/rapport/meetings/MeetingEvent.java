package org.rapport.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/** One step in a meeting's timeline: which act, from which state to which, when, and a short detail. */
@Entity
@Table(name = "meeting_event")
public class MeetingEvent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int DETAIL_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "action", length = 30, nullable = false, updatable = false)
    private MeetingAction action;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_state", length = 20, updatable = false)
    private MeetingState fromState;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_state", length = 20, nullable = false, updatable = false)
    private MeetingState toState;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected MeetingEvent() {
        // for JPA
    }

    MeetingEvent(Meeting meeting, MeetingAction action, MeetingState fromState, MeetingState toState,
                 Instant occurredAt, String detail) {
        this.meeting = Require.present(meeting, "meeting");
        this.action = Require.present(action, "action");
        this.fromState = fromState;
        this.toState = Require.present(toState, "toState");
        this.occurredAt = Require.present(occurredAt, "occurredAt");
        this.detail = detail == null || detail.isBlank() ? null
                : detail.strip().substring(0, Math.min(detail.strip().length(), DETAIL_LENGTH));
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MeetingAction getAction() {
        return action;
    }

    public MeetingState getFromState() {
        return fromState;
    }

    public MeetingState getToState() {
        return toState;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
