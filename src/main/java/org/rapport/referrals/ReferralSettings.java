package org.rapport.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's referral settings: a referral with no progress for {@code RAPPORT_REFERRALS_STALE_DAYS} days (14 unless
 * configured) is stale, and when the referrer introduces the student first, the student checks back after
 * {@code RAPPORT_REFERRALS_CHECK_IN_DAYS} days (7 unless configured; the student may pick another day).
 */
@ApplicationScoped
public class ReferralSettings {

    @Inject
    @ConfigProperty(name = "rapport.referrals.stale.days", defaultValue = "14")
    private int staleDays;

    @Inject
    @ConfigProperty(name = "rapport.referrals.check-in.days", defaultValue = "7")
    private int checkInDays;

    public StaleRule staleRule() {
        return new StaleRule(staleDays);
    }

    /** Days from the meeting to the check-in with a referrer who introduces the student first. */
    public int checkInDays() {
        return Math.max(1, checkInDays);
    }
}
