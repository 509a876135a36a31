package org.rapport.referrals;

import java.io.Serializable;

/**
 * A student's referral figures, as one query computes them in the database for any set of students (so cohort
 * statistics can aggregate them without reading referrals one by one): meetings held, referrals received, held
 * meetings with a person someone referred, the longest chain (referrals in a row, nobody met twice), and the
 * referrals gone stale.
 */
public record ReferralFigures(long studentId, long heldMeetings, long referrals, long heldFromReferral,
                              int longestChain, long staleReferrals) implements Serializable {

    public static ReferralFigures none(long studentId) {
        return new ReferralFigures(studentId, 0, 0, 0, 0, 0);
    }

    /** Referrals per held meeting, to one decimal place; 0 before any meeting was held. */
    public double perHeldMeeting() {
        return heldMeetings == 0 ? 0 : Math.round(referrals * 10.0 / heldMeetings) / 10.0;
    }

    /** Whole percent of held meetings that came from a referral; 0 before any meeting was held. */
    public int percentFromReferral() {
        return heldMeetings == 0 ? 0 : (int) Math.round(heldFromReferral * 100.0 / heldMeetings);
    }
}
