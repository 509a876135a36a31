package org.rapport.referrals;

import java.io.Serializable;
import java.util.List;

/**
 * What the referrals page shows for one student: every referral (stale ones flagged), the chains drawn from them,
 * the figures, and the research list the student shows a connector when asking who else belongs on it.
 */
public record ReferralsView(long studentId, List<ReferralRow> referrals, List<ChainNode> chains,
                            ReferralFigures figures, List<ResearchListItem> researchList, int staleDays)
        implements Serializable {

    public List<ReferralRow> stale() {
        return referrals.stream().filter(ReferralRow::stale).toList();
    }
}
