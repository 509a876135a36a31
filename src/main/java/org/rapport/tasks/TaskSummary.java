package org.rapport.tasks;

import java.io.Serializable;
import java.time.LocalDate;

/** A task as the dashboard lists it. */
public record TaskSummary(long id, long version, TaskKind kind, String title, LocalDate dueOn, Long meetingId,
                          boolean done, boolean overdue) implements Serializable {

    static TaskSummary of(StudentTask task, LocalDate today) {
        return new TaskSummary(task.getId(), task.getVersion(), task.getKind(), task.getTitle(), task.getDueOn(),
                task.getMeetingId(), task.isDone(), task.isOverdue(today));
    }
}
