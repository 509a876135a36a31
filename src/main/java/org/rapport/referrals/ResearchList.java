package org.rapport.referrals;

import java.util.ArrayList;
import java.util.List;

/** The research list: the student's own targets first (in the order added), then the referrals, newest first. */
final class ResearchList {

    private ResearchList() {
    }

    static List<ResearchListItem> of(List<ResearchTarget> targets, List<ReferralRow> referrals) {
        List<ResearchListItem> items = new ArrayList<>();
        for (ResearchTarget target : targets) {
            items.add(new ResearchListItem("t" + target.getId(), target.getId(), null, target.getName(),
                    target.getOrganisationName(), target.getNote(), null, null));
        }
        for (ReferralRow row : referrals) {
            items.add(new ResearchListItem("r" + row.id(), null, row.id(), row.name(), row.organisationName(),
                    row.note(), row.referrerName(), row.status()));
        }
        return items;
    }
}
