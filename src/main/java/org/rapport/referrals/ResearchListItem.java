package org.rapport.referrals;

import java.io.Serializable;

/**
 * One entry of the research list: a person or organisation the student plans to talk to and how it entered the
 * list, from their own research ({@code referrerName} null) or as a referral from someone they met (then
 * {@code status} says how far it got).
 */
public record ResearchListItem(String key, Long targetId, Long referralId, String name, String organisationName,
                               String note, String referrerName, ReferralStatus status) implements Serializable {

    public boolean fromReferral() {
        return referralId != null;
    }
}
