package org.rapport.tasks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.tasks.TaskService;
import org.rapport.tasks.TaskSummary;

/** Backs the task list on the student's dashboard: open tasks, overdue first, each ticked off with one button. */
@Named
@ViewScoped
public class TaskListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TaskService tasks;

    private List<TaskSummary> open;
    private long total;

    public List<TaskSummary> getOpen() {
        if (open == null) {
            open = ErrorResponses.loadOrRefuse(() -> tasks.myOpenTasks());
            // Counted only when the list is full: otherwise the list is every open task.
            total = open == null ? 0 : open.size() < TaskService.DASHBOARD_ROWS ? open.size()
                    : tasks.countMyOpenTasks();
        }
        return open;
    }

    /** How many open tasks there are in all (the list shows the first {@value TaskService#DASHBOARD_ROWS}). */
    public long getTotal() {
        getOpen();
        return total;
    }

    public void markDone(long taskId, long version) {
        if (FormActions.attempt("tasks", "task.conflict", () -> tasks.markDone(taskId, version))) {
            Messages.info("task.done");
        }
        open = null;
    }
}
