package org.rapport.referrals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How far a referral has got, in the order a student works through one. Any open referral may move on to a later
 * stage (a student who got the e-mail address and wrote the same day skips "contact details obtained"), stall, or
 * be declined; a stalled one picks up again at any stage. Met and declined are where a referral ends.
 * Bundle key {@code referral.status.<NAME>}.
 */
public enum ReferralStatus {
    /** A name (and perhaps an organisation) the connector gave. */
    NAMED,
    /** The student has a way to reach them. */
    CONTACT_DETAILS,
    /** The student (or the referrer, introducing) got in touch. */
    CONTACTED,
    /** A meeting request went out. */
    MEETING_REQUESTED,
    /** The student met them. */
    MET,
    /** No progress; the student may pick it up again. */
    STALLED,
    /** They said no, or the student let it go. */
    DECLINED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case NAMED -> EnumSet.of(CONTACT_DETAILS, CONTACTED, MEETING_REQUESTED, MET, STALLED, DECLINED);
            case CONTACT_DETAILS -> EnumSet.of(CONTACTED, MEETING_REQUESTED, MET, STALLED, DECLINED);
            case CONTACTED -> EnumSet.of(MEETING_REQUESTED, MET, STALLED, DECLINED);
            case MEETING_REQUESTED -> EnumSet.of(MET, STALLED, DECLINED);
            case STALLED -> EnumSet.of(CONTACT_DETAILS, CONTACTED, MEETING_REQUESTED, MET, DECLINED);
            case MET, DECLINED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return target != null && next().contains(target);
    }

    /** This status first, then the moves allowed from it, as a form offers them. */
    public List<ReferralStatus> withMoves() {
        List<ReferralStatus> offered = new ArrayList<>();
        offered.add(this);
        offered.addAll(next());
        return List.copyOf(offered);
    }

    /** Still being worked on: it can go stale. */
    public boolean isOpen() {
        return this != MET && this != DECLINED;
    }

    /** No meeting asked for yet: the next step is to plan a conversation. */
    public boolean isToAsk() {
        return this == NAMED || this == CONTACT_DETAILS || this == CONTACTED || this == STALLED;
    }

    /** Where a referral the referrer introduces stands until the introduction happened (then it is contacted). */
    public static Set<ReferralStatus> awaitingIntroduction() {
        return EnumSet.of(NAMED, CONTACT_DETAILS, STALLED);
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
