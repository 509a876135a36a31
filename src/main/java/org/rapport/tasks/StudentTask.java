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

    protected StudentTask() {
        // for JPA
    }

    public StudentTask(Student student, Long meetingId, TaskKind kind, String title, LocalDate dueOn) {
        this.student = Require.present(student, "student");
        this.meetingId = meetingId;
        this.kind = Require.present(kind, "kind");
        this.title = Require.text(title, TITLE_LENGTH, "title");
        this.dueOn = dueOn;
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
        return !isDone() && dueOn != null && dueOn.isBefore(today);
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
}
