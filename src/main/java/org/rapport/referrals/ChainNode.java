package org.rapport.referrals;

import java.io.Serializable;
import java.util.List;

/**
 * A person in a student's referral chain: a first contact (no referral) or someone a referral named. A person reached
 * a second time along the same branch (A referred B, B referred A) is kept as a {@code repeat} leaf pointing back,
 * never expanded again, so drawing the chain cannot loop. {@code outcomeBelow} says whether this person, or anyone
 * further down their branch, led to a recorded success.
 */
public record ChainNode(Long connectorId, String name, Long referralId, ReferralStatus status, boolean repeat,
                        boolean outcomeBelow, List<ChainNode> children) implements Serializable {

    /**
     * Referrals in a row from here to the deepest person below (0 for a person who referred nobody). A repeat is
     * not a new person and does not count, so A referred B, B referred A is a chain of one.
     */
    public int depth() {
        return children.stream().filter(child -> !child.repeat()).mapToInt(child -> child.depth() + 1).max()
                .orElse(0);
    }

    /** Everyone below this person (repeats counted once as the link they are). */
    public int size() {
        return children.stream().mapToInt(child -> 1 + child.size()).sum();
    }
}
