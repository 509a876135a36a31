package org.rapport.meetings;

import java.util.ArrayList;
import java.util.List;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.questionbank.LevelFit;
import org.rapport.questionbank.QuestionCategory;

/**
 * Runs the {@link GentleCheck}s over a question list for a connector of a given level and a planned length. Level
 * fit trusts the bank's fit when the question came from it and reads the wording otherwise. The checks advise;
 * they never stop the student from keeping a question.
 */
public final class QuestionChecks {

    /** What the checks need to know of a list item. */
    public interface Checked extends QuestionRanking.Item {
        String text();

        ItemKind kind();

        QuestionCategory category();

        /** The bank's level fit; {@code null} for the student's own wording. */
        LevelFit fit();
    }

    private QuestionChecks() {
    }

    /** The findings, item by item in list order, then those about the whole list. */
    public static List<CheckFinding> run(List<? extends Checked> items, ConnectorLevel level, int plannedMinutes) {
        List<CheckFinding> findings = new ArrayList<>();
        boolean mustAskPresent = false;
        for (Checked item : items) {
            if (item.kind() != ItemKind.QUESTION) {
                continue;
            }
            mustAskPresent |= item.category() != null && item.category().isMustAsk();
            if (GentleCheck.STOCK_OPENER.matches(item.text()) && isShort(item.text())) {
                findings.add(new CheckFinding(GentleCheck.STOCK_OPENER, item.id(), List.of()));
            }
            if (GentleCheck.ASKS_FOR_JOB.matches(item.text())) {
                findings.add(new CheckFinding(GentleCheck.ASKS_FOR_JOB, item.id(), List.of()));
            }
            if (level == ConnectorLevel.PEER && isBroad(item)) {
                findings.add(new CheckFinding(GentleCheck.TOO_BROAD_FOR_LEVEL, item.id(), List.of()));
            }
            if (level == ConnectorLevel.SENIOR && isNarrow(item)) {
                findings.add(new CheckFinding(GentleCheck.TOO_NARROW_FOR_LEVEL, item.id(), List.of()));
            }
        }
        int total = QuestionRanking.totalMinutes(items);
        if (total > plannedMinutes) {
            int below = items.size() - QuestionRanking.lineIndex(items, plannedMinutes);
            findings.add(new CheckFinding(GentleCheck.OVER_TIME, null, List.of(total, plannedMinutes, below)));
        }
        if (!items.isEmpty() && !mustAskPresent) {
            findings.add(new CheckFinding(GentleCheck.MUST_ASK_MISSING, null, List.of()));
        }
        return findings;
    }

    /** The opener "used verbatim": the stock phrase with hardly a word about this person around it. */
    private static boolean isShort(String text) {
        return text.strip().split("\\s+").length <= 12;
    }

    private static boolean isBroad(Checked item) {
        return item.fit() != null && item.fit().isKnown() ? item.fit().isBroad()
                : GentleCheck.TOO_BROAD_FOR_LEVEL.matches(item.text());
    }

    private static boolean isNarrow(Checked item) {
        return item.fit() != null && item.fit().isKnown() ? item.fit().isNarrow()
                : GentleCheck.TOO_NARROW_FOR_LEVEL.matches(item.text());
    }
}
