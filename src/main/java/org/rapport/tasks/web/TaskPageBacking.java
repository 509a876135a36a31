package org.rapport.tasks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.tasks.TaskFilter;
import org.rapport.tasks.TaskService;
import org.rapport.tasks.TaskSummary;

/**
 * Backs {@code /student/tasks}: the student's one task list under four tabs (due and overdue, coming up, snoozed,
 * done), each page filtered and paged by the database; tasks are ticked off, reopened or snoozed in place.
 */
@Named
@ViewScoped
public class TaskPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page. */
    public static final int PAGE_SIZE = 20;

    @Inject
    private TaskService tasks;

    private TaskFilter filter = TaskFilter.DUE;
    private int page;
    private List<TaskSummary> rows;
    private Map<TaskFilter, Long> counts;
    private final Map<Long, LocalDate> snoozeDates = new HashMap<>();

    public List<TaskSummary> getRows() {
        if (rows == null) {
            rows = ErrorResponses.loadOrRefuse(() -> tasks.listMine(filter, PageRequest.of(page * PAGE_SIZE,
                    PAGE_SIZE)));
        }
        return rows;
    }

    /** How many tasks each tab holds (one count per tab, whatever the number of tasks). */
    public Map<TaskFilter, Long> getCounts() {
        if (counts == null) {
            Map<TaskFilter, Long> loaded = new EnumMap<>(TaskFilter.class);
            ErrorResponses.loadOrRefuse(() -> {
                for (TaskFilter tab : TaskFilter.values()) {
                    loaded.put(tab, tasks.countMine(tab));
                }
                return loaded;
            });
            counts = loaded;
        }
        return counts;
    }

    public List<TaskFilter> getFilters() {
        return List.of(TaskFilter.values());
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getCounts().getOrDefault(filter, 0L);
    }

    public void done(TaskSummary task) {
        if (FormActions.attempt("tasks", "task.conflict", () -> tasks.markDone(task.id(), task.version()))) {
            Messages.info("task.done");
        }
        reload();
    }

    public void reopen(TaskSummary task) {
        if (FormActions.attempt("tasks", "task.conflict", () -> tasks.reopen(task.id(), task.version()))) {
            Messages.info("task.reopened");
        }
        reload();
    }

    /** Snoozes the task on row {@code index}; a refused day is explained next to that row's date field. */
    public void snooze(TaskSummary task, int index) {
        LocalDate until = snoozeDates.get(task.id());
        if (FormActions.attempt("tasks:task:" + index, "task.conflict",
                () -> tasks.snooze(task.id(), task.version(), until))) {
            Messages.info("task.snoozed", String.valueOf(until));
            snoozeDates.remove(task.id());
            reload();
        }
    }

    private void reload() {
        rows = null;
        counts = null;
    }

    public Map<Long, LocalDate> getSnoozeDates() {
        return snoozeDates;
    }

    public TaskFilter getFilter() {
        return filter;
    }

    public void setFilter(TaskFilter filter) {
        this.filter = filter == null ? TaskFilter.DUE : filter;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
