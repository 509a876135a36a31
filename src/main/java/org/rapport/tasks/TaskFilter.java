package org.rapport.tasks;

/**
 * The tabs of a student's task list. Each tab is one predicate the database runs (the JPQL fragment below, on the
 * alias {@code t} with the parameter {@code :today}, the student's own day), and it agrees with
 * {@link StudentTask#status(java.time.LocalDate)}: every task falls under exactly one tab. Bundle key
 * {@code task.filter.<NAME>}.
 */
public enum TaskFilter {
    /** Due today or overdue (a snooze that ran out makes a task due). */
    DUE("t.doneAt is null and (t.snoozedUntil is null or t.snoozedUntil <= :today)"
            + " and ((t.dueOn is not null and t.dueOn <= :today) or (t.dueOn is null and t.snoozedUntil is not null))",
            "coalesce(t.dueOn, t.snoozedUntil) asc, t.id asc"),
    /** Open, not yet due or without a date. */
    COMING_UP("t.doneAt is null and t.snoozedUntil is null and (t.dueOn is null or t.dueOn > :today)"
            + " or t.doneAt is null and t.snoozedUntil <= :today and t.dueOn > :today",
            "case when t.dueOn is null then 1 else 0 end, t.dueOn asc, t.createdAt desc, t.id asc"),
    /** Put off until a day after today. */
    SNOOZED("t.doneAt is null and t.snoozedUntil > :today", "t.snoozedUntil asc, t.id asc"),
    /** Ticked off, most recent first. */
    DONE("t.doneAt is not null", "t.doneAt desc, t.id desc");

    private final String where;
    private final String orderBy;

    TaskFilter(String where, String orderBy) {
        this.where = where;
        this.orderBy = orderBy;
    }

    /** The tab a task with this status is listed under. */
    public static TaskFilter of(TaskStatus status) {
        return switch (status) {
            case DUE, OVERDUE -> DUE;
            case OPEN -> COMING_UP;
            case SNOOZED -> SNOOZED;
            case DONE -> DONE;
        };
    }

    /** Whether a task with this status belongs under this tab. */
    public boolean includes(TaskStatus status) {
        return of(status) == this;
    }

    /** The JPQL condition, on alias {@code t} with parameter {@code :today}; parenthesised by the caller. */
    String where() {
        return where;
    }

    String orderBy() {
        return orderBy;
    }

    public String messageKey() {
        return "task.filter." + name();
    }
}
