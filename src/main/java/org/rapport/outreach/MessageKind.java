package org.rapport.outreach;

import org.rapport.meetings.MeetingAction;
import org.rapport.tasks.TaskKind;

/**
 * What a message is for. Each kind knows the lifecycle act that marking it sent performs (if any), the task that
 * sending it completes, and whether the etiquette checker or the thank-you checklist applies. Bundle key
 * {@code message.kind.<NAME>}.
 */
public enum MessageKind {
    REQUEST(MeetingAction.MARK_REQUEST_SENT, null, true),
    FOLLOW_UP(MeetingAction.MARK_FOLLOW_UP_SENT, TaskKind.FOLLOW_UP, true),
    OBJECTION_REPLY(MeetingAction.MARK_OBJECTION_ANSWERED, null, true),
    CONFIRMATION(MeetingAction.MARK_CONFIRMED, TaskKind.CONFIRM, false),
    THANK_YOU(MeetingAction.MARK_THANKED, TaskKind.THANK_YOU, false),
    REFERRER_UPDATE(null, TaskKind.UPDATE_REFERRER, false),
    TELL_HELPER(null, TaskKind.TELL_HELPER, false),
    /** To a referrer who offered to introduce the student first: checking back, a week or so later. */
    CHECK_IN(null, TaskKind.CHECK_IN, false);

    private final MeetingAction onSent;
    private final TaskKind completes;
    private final boolean etiquette;

    MessageKind(MeetingAction onSent, TaskKind completes, boolean etiquette) {
        this.onSent = onSent;
        this.completes = completes;
        this.etiquette = etiquette;
    }

    /** The lifecycle act marking this message sent performs, or {@code null}. */
    public MeetingAction onSent() {
        return onSent;
    }

    /** The kind of open task for the same meeting (and person) that sending this message ticks off, or null. */
    public TaskKind completes() {
        return completes;
    }

    /** Whether the etiquette checker reads this draft (asking for a meeting, or asking again). */
    public boolean isChecked() {
        return etiquette;
    }

    public String messageKey() {
        return "message.kind." + name();
    }
}
