package org.rapport.tasks;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A task as lists show it: what it is, when it is due, where it stands on the student's today, the meeting it came
 * from and, for a task about a message, what the composer needs to open it (a "tell them" task names the outcome
 * and the helper instead of a meeting).
 */
public record TaskSummary(long id, long version, TaskKind kind, String title, LocalDate dueOn, Long meetingId,
                          TaskStatus status, LocalDate snoozedUntil, Long connectorId, Long outcomeId)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The prefix of a "tell them" task's dedupe key: {@code TELL:o<outcomeId>:c<connectorId>}. */
    public static final String TELL_PREFIX = "TELL:o";

    public static TaskSummary of(StudentTask task, LocalDate today) {
        return new TaskSummary(task.getId(), task.getVersion(), task.getKind(), task.getTitle(), task.getDueOn(),
                task.getMeetingId(), task.status(today), task.getSnoozedUntil(), task.getConnectorId(),
                outcomeIdOf(task.getDedupeKey()));
    }

    /** The dedupe key of the task telling a helper about an outcome. */
    public static String tellKey(long outcomeId, long connectorId) {
        return TELL_PREFIX + outcomeId + ":c" + connectorId;
    }

    /** The outcome a "tell them" key names, or {@code null} for any other key. */
    public static Long outcomeIdOf(String dedupeKey) {
        if (dedupeKey == null || !dedupeKey.startsWith(TELL_PREFIX)) {
            return null;
        }
        int end = dedupeKey.indexOf(":c", TELL_PREFIX.length());
        try {
            return Long.valueOf(dedupeKey.substring(TELL_PREFIX.length(), end < 0 ? dedupeKey.length() : end));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    public boolean done() {
        return status == TaskStatus.DONE;
    }

    public boolean overdue() {
        return status == TaskStatus.OVERDUE;
    }

    /** The composer's message kind, when the task is about a message the composer can open. */
    public String composerKind() {
        if (kind.composerKind() == null) {
            return null;
        }
        if (kind == TaskKind.TELL_HELPER) {
            return outcomeId == null || connectorId == null ? null : kind.composerKind();
        }
        return meetingId == null ? null : kind.composerKind();
    }
}
