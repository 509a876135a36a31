package org.rapport.feedback;

import java.io.Serializable;
import java.util.List;

/**
 * A meeting's competitive feedback as shown: {@code recorded} is false until the student has saved any; {@code version}
 * is the one it was read at (what the student's form saves against).
 */
public record FeedbackView(boolean recorded, String rolesInView, Competitiveness competitiveness,
                           HiringStance hiringStance, List<String> gapTags, String gapsText, String remarks,
                           List<Step> nextSteps, long version) implements Serializable {

    /** A recommended next step; {@code task} once it is on the dashboard. */
    public record Step(long id, String text, boolean task) implements Serializable {
    }

    static FeedbackView of(CompetitiveFeedback feedback) {
        if (feedback == null) {
            return new FeedbackView(false, null, Competitiveness.NOT_DISCUSSED, HiringStance.NOT_ASKED, List.of(),
                    null, null, List.of(), 0);
        }
        return new FeedbackView(true, feedback.getRolesInView(), feedback.getCompetitiveness(),
                feedback.getHiringStance(), feedback.getGapTags(), feedback.getGapsText(), feedback.getRemarks(),
                feedback.getNextSteps().stream().map(s -> new Step(s.getId(), s.getText(), s.isTask())).toList(),
                feedback.getVersion());
    }
}
