package org.rapport.outreach.compose;

import java.io.Serializable;
import java.util.Objects;
import org.rapport.outreach.MessageKind;

/**
 * Which draft the composer works on: a meeting's message of a kind, or the news for one helper after an outcome
 * ({@link MessageKind#TELL_HELPER}, which has no meeting).
 */
public record ComposerTarget(Long meetingId, Long outcomeId, Long connectorId, MessageKind kind)
        implements Serializable {

    public ComposerTarget {
        Objects.requireNonNull(kind, "kind");
        if (kind == MessageKind.TELL_HELPER ? outcomeId == null || connectorId == null : meetingId == null) {
            throw new IllegalArgumentException("A " + kind + " draft needs "
                    + (kind == MessageKind.TELL_HELPER ? "an outcome and a connector" : "a meeting"));
        }
    }

    public static ComposerTarget ofMeeting(long meetingId, MessageKind kind) {
        return new ComposerTarget(meetingId, null, null, kind);
    }

    public static ComposerTarget forHelper(long outcomeId, long connectorId) {
        return new ComposerTarget(null, outcomeId, connectorId, MessageKind.TELL_HELPER);
    }

    public boolean isHelper() {
        return kind == MessageKind.TELL_HELPER;
    }

    public String draftKey() {
        return isHelper() ? MeetingMessage.keyForHelper(outcomeId, connectorId)
                : MeetingMessage.keyFor(meetingId, kind);
    }
}
