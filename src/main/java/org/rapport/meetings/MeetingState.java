package org.rapport.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting stands. Moves happen only through the meeting's named verbs, and only along {@link #next()}; the
 * request-to-thank-you lifecycle adds its states here. Bundle key {@code meeting.state.<NAME>}.
 */
public enum MeetingState {
    /** Being prepared: purpose, length and question list. */
    PLANNED,
    /** The conversation took place; its date and actual length are known. */
    HELD;

    public Set<MeetingState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(HELD);
            case HELD -> EnumSet.noneOf(MeetingState.class);
        };
    }

    public boolean canMoveTo(MeetingState target) {
        return target != null && next().contains(target);
    }

    /** Whether the question list may still be built and ranked. */
    public boolean isPreparing() {
        return this == PLANNED;
    }

    public String messageKey() {
        return "meeting.state." + name();
    }
}
