package org.rapport.meetings;

import java.io.Serializable;
import java.util.List;
import org.rapport.questionbank.QuestionCategory;

/**
 * One item of a ranked list as the screens show it: what it says, where it came from, its minutes, whether it is
 * must-ask, whether it falls below the time line (the first one below carries the line), what happened to it in the
 * meeting, and the checks that speak to it.
 */
public record ListItem(long id, long version, int rank, ItemKind kind, QuestionSource source, String text,
                       QuestionCategory category, int minutes, boolean mustAsk, Long hypothesisId,
                       QuestionOutcome outcome, String note, boolean belowLine, boolean firstBelowLine,
                       List<CheckFinding> checks) implements Serializable {

    static ListItem of(MeetingQuestion q, int index, int lineIndex, List<CheckFinding> checks) {
        return new ListItem(q.getId(), q.getVersion(), index + 1, q.getKind(), q.getSource(), q.getText(),
                q.getCategory(), q.getMinutes(), q.isMustAsk(), q.getHypothesisId(), q.getOutcome(), q.getNote(),
                index >= lineIndex, index == lineIndex, List.copyOf(checks));
    }

    public boolean isTalkingPoint() {
        return kind == ItemKind.TALKING_POINT;
    }
}
