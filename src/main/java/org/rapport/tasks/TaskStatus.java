package org.rapport.tasks;

/** Where a task stands on the student's today. Bundle key {@code task.status.<NAME>}. */
public enum TaskStatus {
    /** Not due yet, or no due date. */
    OPEN,
    /** Due today. */
    DUE,
    /** Due before today and not done. */
    OVERDUE,
    /** Put off until a later day. */
    SNOOZED,
    DONE;

    public String messageKey() {
        return "task.status." + name();
    }
}
