package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionRankingTest {

    record Q(long id, int minutes, boolean mustAsk) implements QuestionRanking.Item {
    }

    private static List<Long> ids(List<Q> items) {
        return items.stream().map(Q::id).toList();
    }

    private static List<Q> list(Q... items) {
        return Arrays.asList(items);
    }

    @Test
    void theLineFallsAtTheFirstItemThatNoLongerFits() {
        List<Q> items = list(new Q(1, 5, false), new Q(2, 5, false), new Q(3, 5, false), new Q(4, 5, false));
        assertEquals(3, QuestionRanking.lineIndex(items, 15), "exactly 15 minutes fit three items");
        assertEquals(2, QuestionRanking.lineIndex(items, 14));
        assertEquals(4, QuestionRanking.lineIndex(items, 60), "all fit: the line is after the last");
        assertEquals(0, QuestionRanking.lineIndex(items, 4), "not even the first fits");
        assertEquals(0, QuestionRanking.lineIndex(List.of(), 15));
        assertEquals(20, QuestionRanking.totalMinutes(items));
    }

    @Test
    void aMustAskItemBelowTheLineIsLiftedToTheLowestPlaceWhereItFits() {
        List<Q> items = list(new Q(1, 5, false), new Q(2, 5, false), new Q(3, 5, false), new Q(4, 4, true));
        // 15 planned: 1,2,3 fill it; the must-ask (4 min) must go above 3 and push 3 below the line.
        assertEquals(List.of(1L, 2L, 4L, 3L), ids(QuestionRanking.keepMustAskInTime(items, 15)));
    }

    @Test
    void mustAskItemsAboveTheLineAndOptionalItemsStayWhereTheStudentPutThem() {
        List<Q> items = list(new Q(1, 3, true), new Q(2, 5, false), new Q(3, 5, false), new Q(4, 5, false));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(QuestionRanking.keepMustAskInTime(items, 15)));
    }

    @Test
    void mustAskItemsNeverDisplaceEachOtherWhenTheyCannotAllFit() {
        List<Q> items = list(new Q(1, 8, true), new Q(2, 8, true), new Q(3, 8, true));
        assertEquals(List.of(1L, 2L, 3L), ids(QuestionRanking.keepMustAskInTime(items, 15)),
                "the second and third stay below: the over-time check says so");
    }

    @Test
    void severalMustAskItemsAreLiftedInTheirOrder() {
        List<Q> items = list(new Q(1, 4, false), new Q(2, 4, false), new Q(3, 4, false), new Q(4, 4, false),
                new Q(5, 3, true), new Q(6, 3, true));
        List<Long> kept = ids(QuestionRanking.keepMustAskInTime(items, 16));
        assertEquals(List.of(1L, 2L, 5L, 6L, 3L, 4L), kept);
        assertEquals(4, QuestionRanking.lineIndex(QuestionRanking.keepMustAskInTime(items, 16), 16),
                "both must-ask items are above the line");
    }

    @Test
    void aMustAskItemLongerThanTheWholeMeetingStaysWhereItIs() {
        List<Q> items = list(new Q(1, 5, false), new Q(2, 20, true));
        assertEquals(List.of(1L, 2L), ids(QuestionRanking.keepMustAskInTime(items, 15)));
    }

    @Test
    void moveTakesOneStepAndStopsAtTheEnds() {
        List<Q> items = list(new Q(1, 1, false), new Q(2, 1, false), new Q(3, 1, false));
        assertEquals(List.of(2L, 1L, 3L), ids(QuestionRanking.move(items, 2, -1)));
        assertEquals(List.of(1L, 3L, 2L), ids(QuestionRanking.move(items, 2, 1)));
        assertEquals(List.of(1L, 2L, 3L), ids(QuestionRanking.move(items, 1, -1)), "the first cannot go up");
        assertEquals(List.of(1L, 2L, 3L), ids(QuestionRanking.move(items, 3, 1)), "the last cannot go down");
        assertEquals(List.of(1L, 2L, 3L), ids(QuestionRanking.move(items, 99, 1)), "an unknown id changes nothing");
    }

    @Test
    void aStaleOrderKeepsItemsAddedElsewhereAndDropsItemsRemovedElsewhere() {
        // The tab saw 1,2,3 and dragged 3 to the top; meanwhile another tab removed 2 and added 4.
        List<Long> merged = QuestionRanking.merge(List.of(1L, 3L, 4L), List.of(3L, 1L, 2L));
        assertEquals(List.of(3L, 1L, 4L), merged, "nothing current is lost; the removed item stays removed");
    }

    @Test
    void aCurrentOrderMergesToItself() {
        assertEquals(List.of(2L, 1L), QuestionRanking.merge(List.of(1L, 2L), List.of(2L, 1L)));
        assertEquals(List.of(1L, 2L), QuestionRanking.merge(List.of(1L, 2L), List.of(2L, 2L, 1L, 1L)).stream()
                .sorted().toList(), "duplicates in a submitted order count once");
    }
}
