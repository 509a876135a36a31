package org.rapport.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/** Something a student means to do, with an optional due date and the meeting it came from; done once ticked off. */
@Entity
@Table(name = "student_task")
public class StudentTask extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private TaskKind kind;

    @NotBlank
    @Size(max = TITLE_LENGTH, message = "{field.tooLong}")
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "done_at")
    private Instant doneAt;

    /** Put off until this day: not shown as due, and not reminded about, before it. */
    @Column(name = "snoozed_until")
    private LocalDate snoozedUntil;

    /** The person the task is about (the referrer to update, the helper to tell), when it is about one. */
    @Column(name = "connector_id", updatable = false)
    private Long connectorId;

    /** Makes a generated task unique (e.g. {@code FOLLOW_UP:m42:2026-11-02}); {@code null} for hand-made ones. */
    @Column(name = "dedupe_key", length = 100, updatable = false, unique = true)
    private String dedupeKey;

    protected StudentTask() {
        // for JPA
    }

    public StudentTask(Student student, Long meetingId, TaskKind kind, String title, LocalDate dueOn) {
        this(student, meetingId, null, kind, title, dueOn, null);
    }

    public StudentTask(Student student, Long meetingId, Long connectorId, TaskKind kind, String title,
                       LocalDate dueOn, String dedupeKey) {
        this.student = Require.present(student, "student");
        this.meetingId = meetingId;
        this.connectorId = connectorId;
        this.kind = Require.present(kind, "kind");
        this.title = Require.text(title, TITLE_LENGTH, "title");
        this.dueOn = dueOn;
        this.dedupeKey = dedupeKey;
    }

    /**
     * Puts the task off until a later day.
     *
     * @throws org.rapport.platform.InvalidFieldException when the day is not after today, or the task is done
     */
    public void snooze(LocalDate until, LocalDate today) {
        if (isDone()) {
            throw new org.rapport.platform.BusinessException("task.snooze.done");
        }
        if (until == null || !until.isAfter(today)) {
            throw new org.rapport.platform.InvalidFieldException("snoozeUntil", "task.snooze.future");
        }
        snoozedUntil = until;
    }

    /**
     * Moves a generated task to the day its source now names (a check-in day the student changed); a snooze is
     * dropped, since the student chose the new day. A done task stays as it is.
     */
    public void dueAgainOn(LocalDate day) {
        if (!isDone() && !Objects.equals(dueOn, day)) {
            dueOn = day;
            snoozedUntil = null;
        }
    }

    /** The day the task is due now: its due date, or the snooze day when that is later. */
    public LocalDate effectiveDueOn() {
        if (snoozedUntil == null) {
            return dueOn;
        }
        return dueOn == null || snoozedUntil.isAfter(dueOn) ? snoozedUntil : dueOn;
    }

    /** Where the task stands on the student's {@code today}. */
    public TaskStatus status(LocalDate today) {
        if (isDone()) {
            return TaskStatus.DONE;
        }
        if (snoozedUntil != null && snoozedUntil.isAfter(today)) {
            return TaskStatus.SNOOZED;
        }
        LocalDate due = effectiveDueOn();
        if (due == null || due.isAfter(today)) {
            return TaskStatus.OPEN;
        }
        return due.isBefore(today) ? TaskStatus.OVERDUE : TaskStatus.DUE;
    }

    public void markDone(Instant at) {
        if (doneAt == null) {
            doneAt = Require.present(at, "at");
        }
    }

    public void reopen() {
        doneAt = null;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return status(today) == TaskStatus.OVERDUE;
    }

    public Student getStudent() {
        return student;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public LocalDate getSnoozedUntil() {
        return snoozedUntil;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }
}
