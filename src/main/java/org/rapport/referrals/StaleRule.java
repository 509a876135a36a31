package org.rapport.referrals;

import java.time.LocalDate;

/**
 * When a referral is stale: it is still open and nothing has moved for the office's number of days (14 unless
 * {@code RAPPORT_REFERRALS_STALE_DAYS} says otherwise). "Moved" is the last change of status, or the day it was made.
 */
public final class StaleRule {

    public static final int DEFAULT_DAYS = 14;

    private final int days;

    public StaleRule(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("stale days must be at least 1: " + days);
        }
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** Whether a referral in {@code status} last moved on {@code lastMoved} is stale {@code today}. */
    public boolean isStale(ReferralStatus status, LocalDate lastMoved, LocalDate today) {
        return status.isOpen() && status != ReferralStatus.STALLED
                && !lastMoved.plusDays(days).isAfter(today);
    }

    /** The first day a referral last moved on {@code lastMoved} counts as stale. */
    public LocalDate staleFrom(LocalDate lastMoved) {
        return lastMoved.plusDays(days);
    }
}
