package org.rapport.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/** A next step the connector recommended ("Take the SQL course"); it may be turned into a task on the dashboard. */
@Entity
@Table(name = "meeting_next_step")
public class NextStep extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feedback_id", nullable = false, updatable = false)
    private CompetitiveFeedback feedback;

    @Column(name = "position", nullable = false)
    private int position;

    @NotBlank(message = "{feedback.step.required}")
    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "text", length = TEXT_LENGTH, nullable = false)
    private String text;

    @Column(name = "task_id")
    private Long taskId;

    protected NextStep() {
        // for JPA
    }

    NextStep(CompetitiveFeedback feedback, int position, String text) {
        this.feedback = Require.present(feedback, "feedback");
        this.position = position;
        this.text = Require.text(text, TEXT_LENGTH, "text");
    }

    /** Remembers the task made of this step, so it is made only once. */
    public void becameTask(long newTaskId) {
        if (taskId != null) {
            throw new IllegalStateException("next step " + getId() + " is a task already");
        }
        this.taskId = newTaskId;
    }

    public CompetitiveFeedback getFeedback() {
        return feedback;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Long getTaskId() {
        return taskId;
    }

    public boolean isTask() {
        return taskId != null;
    }
}
