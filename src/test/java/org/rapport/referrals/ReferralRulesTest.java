package org.rapport.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The referral's stages and the stale rule. */
class ReferralRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void anOpenReferralMovesOnSkipsAheadStallsOrIsDeclinedAndMetOrDeclinedIsTheEnd() {
        assertTrue(ReferralStatus.NAMED.canMoveTo(ReferralStatus.CONTACTED), "details and writing on the same day");
        assertTrue(ReferralStatus.CONTACTED.canMoveTo(ReferralStatus.STALLED));
        assertTrue(ReferralStatus.STALLED.canMoveTo(ReferralStatus.MEETING_REQUESTED), "picked up again");
        assertFalse(ReferralStatus.CONTACTED.canMoveTo(ReferralStatus.NAMED), "never backwards");
        assertFalse(ReferralStatus.MEETING_REQUESTED.canMoveTo(ReferralStatus.MEETING_REQUESTED));
        assertFalse(ReferralStatus.STALLED.canMoveTo(ReferralStatus.STALLED));
        assertFalse(ReferralStatus.NAMED.canMoveTo(null));
        for (ReferralStatus end : EnumSet.of(ReferralStatus.MET, ReferralStatus.DECLINED)) {
            assertTrue(end.next().isEmpty(), end.name());
            assertFalse(end.isOpen());
        }
        for (ReferralStatus status : ReferralStatus.values()) {
            assertEquals(status.canMoveTo(ReferralStatus.MEETING_REQUESTED), status.isToAsk(),
                    "planning a conversation is offered exactly until a request went out: " + status);
            assertFalse(status.canMoveTo(ReferralStatus.NAMED), "nothing goes back to just a name: " + status);
            assertEquals("referral.status." + status.name(), status.messageKey());
        }
    }

    @Test
    void aReferralIsStaleFromTheFourteenthDayWithoutProgress() {
        StaleRule rule = new StaleRule(StaleRule.DEFAULT_DAYS);
        LocalDate moved = TODAY.minusDays(14);
        assertTrue(rule.isStale(ReferralStatus.CONTACTED, moved, TODAY));
        assertFalse(rule.isStale(ReferralStatus.CONTACTED, moved.plusDays(1), TODAY), "13 days is not yet");
        assertEquals(TODAY, rule.staleFrom(moved));
        assertFalse(rule.isStale(ReferralStatus.MET, moved.minusDays(100), TODAY), "met is done, not stale");
        assertFalse(rule.isStale(ReferralStatus.DECLINED, moved.minusDays(100), TODAY));
        assertFalse(rule.isStale(ReferralStatus.STALLED, moved.minusDays(100), TODAY),
                "the student already marked it stalled");
    }

    @Test
    void theOfficeMayChooseAnotherNumberOfDaysButNotNone() {
        StaleRule week = new StaleRule(7);
        assertTrue(week.isStale(ReferralStatus.NAMED, TODAY.minusDays(7), TODAY));
        assertFalse(week.isStale(ReferralStatus.NAMED, TODAY.minusDays(6), TODAY));
        assertThrows(IllegalArgumentException.class, () -> new StaleRule(0));
    }
}
