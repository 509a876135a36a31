package org.rapport.meetings;

/**
 * The named acts that move a meeting along its lifecycle, each a verb on {@link Meeting} and a row in its
 * timeline. Bundle key {@code meeting.action.<NAME>} (the timeline's wording).
 */
public enum MeetingAction {
    PLAN(MeetingState.PLANNED),
    MARK_REQUEST_SENT(MeetingState.REQUESTED),
    MARK_FOLLOW_UP_SENT(MeetingState.FOLLOWED_UP),
    RECORD_OBJECTION(MeetingState.OBJECTION),
    MARK_OBJECTION_ANSWERED(MeetingState.REQUESTED),
    RECORD_DECLINE(MeetingState.DECLINED),
    SCHEDULE(MeetingState.SCHEDULED),
    RESCHEDULE(MeetingState.SCHEDULED),
    MARK_CONFIRMED(MeetingState.CONFIRMED),
    MARK_HELD(MeetingState.HELD),
    MARK_THANKED(MeetingState.THANKED),
    CLOSE(MeetingState.CLOSED),
    CANCEL(MeetingState.CANCELLED);

    private final MeetingState target;

    MeetingAction(MeetingState target) {
        this.target = target;
    }

    public MeetingState target() {
        return target;
    }

    /** Whether this act is allowed from the given state. */
    public boolean allowedFrom(MeetingState from) {
        if (this == PLAN) {
            return false;
        }
        if (this == RESCHEDULE) {
            return from.isBooked();
        }
        if (this == SCHEDULE) {
            return from != MeetingState.SCHEDULED && from.canMoveTo(MeetingState.SCHEDULED)
                    && from != MeetingState.CONFIRMED;
        }
        return from.canMoveTo(target);
    }

    public String messageKey() {
        return "meeting.action." + name();
    }
}
