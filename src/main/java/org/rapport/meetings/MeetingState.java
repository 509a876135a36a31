package org.rapport.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting stands, from preparing the request to closing the loop. Moves happen only through the meeting's
 * named verbs ({@link MeetingAction}), and only along {@link #next()}. Bundle key {@code meeting.state.<NAME>}.
 */
public enum MeetingState {
    /** Being prepared: purpose, length, question list and the request draft. */
    PLANNED,
    /** The request went out; waiting for an answer. */
    REQUESTED,
    /** No answer after the office's number of days; a polite follow-up went out. */
    FOLLOWED_UP,
    /** The connector raised an objection (busy, not the right person, …); the student answers it. */
    OBJECTION,
    /** The connector said no. */
    DECLINED,
    /** A date, time, length and place are agreed. */
    SCHEDULED,
    /** The student confirmed a day or two before. */
    CONFIRMED,
    /** The conversation took place. */
    HELD,
    /** The thank-you went out. */
    THANKED,
    /** Nothing more to do for this meeting. */
    CLOSED,
    /** Called off by the student, or by the connector after agreeing. */
    CANCELLED;

    public Set<MeetingState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(REQUESTED, CANCELLED);
            case REQUESTED -> EnumSet.of(FOLLOWED_UP, OBJECTION, DECLINED, SCHEDULED, CANCELLED);
            case FOLLOWED_UP -> EnumSet.of(OBJECTION, DECLINED, SCHEDULED, CANCELLED);
            case OBJECTION -> EnumSet.of(REQUESTED, DECLINED, SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(SCHEDULED, CONFIRMED, HELD, CANCELLED);
            case CONFIRMED -> EnumSet.of(SCHEDULED, HELD, CANCELLED);
            case HELD -> EnumSet.of(THANKED);
            case THANKED -> EnumSet.of(CLOSED);
            case DECLINED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(MeetingState.class);
        };
    }

    public boolean canMoveTo(MeetingState target) {
        return target != null && next().contains(target);
    }

    /** Whether the question list may still be built and ranked: until the conversation takes place. */
    public boolean isPreparing() {
        return switch (this) {
            case PLANNED, REQUESTED, FOLLOWED_UP, OBJECTION, SCHEDULED, CONFIRMED -> true;
            default -> false;
        };
    }

    /** Waiting for the connector's answer to the request. */
    public boolean isAwaitingAnswer() {
        return this == REQUESTED || this == FOLLOWED_UP || this == OBJECTION;
    }

    /** A time is agreed and the conversation is still ahead. */
    public boolean isBooked() {
        return this == SCHEDULED || this == CONFIRMED;
    }

    /** Notes, names and feedback from the conversation may be recorded (during and after it). */
    public boolean isAfterConversation() {
        return this == HELD || this == THANKED || this == CLOSED;
    }

    /** Nothing more happens: the pipeline counts these apart. */
    public boolean isFinished() {
        return this == CLOSED || this == CANCELLED || this == DECLINED;
    }

    public String messageKey() {
        return "meeting.state." + name();
    }
}
