package org.rapport.referrals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.referrals.ReferralRow;
import org.rapport.referrals.ReferralService;
import org.rapport.referrals.ReferralSettings;

/** The student's dashboard flags referrals with no progress for the office's number of days. */
@Named
@RequestScoped
public class StaleReferralsBacking {

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralSettings settings;

    private List<ReferralRow> stale;

    public List<ReferralRow> getStale() {
        if (stale == null) {
            stale = ErrorResponses.loadOrRefuse(() -> referrals.myStale());
        }
        return stale;
    }

    public int getDays() {
        return settings.staleRule().days();
    }
}
