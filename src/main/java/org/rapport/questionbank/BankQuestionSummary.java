package org.rapport.questionbank;

import java.io.Serializable;
import java.util.List;

/** A bank question as lists and pickers show it. */
public record BankQuestionSummary(long id, long version, String text, String springboard, QuestionCategory category,
                                  boolean fitPeer, boolean fitMidCareer, boolean fitSenior, List<String> focusTags,
                                  int minutes, boolean starter, boolean retired) implements Serializable {

    static BankQuestionSummary of(BankQuestion q) {
        return new BankQuestionSummary(q.getId(), q.getVersion(), q.getText(), q.getSpringboard(), q.getCategory(),
                q.getFit().isPeer(), q.getFit().isMidCareer(), q.getFit().isSenior(), q.getFocusTags(),
                q.getMinutes(), q.isStarter(), q.isRetired());
    }

    public boolean hasSpringboard() {
        return springboard != null;
    }

}
