package org.rapport.referrals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.referrals.ReferralRow;
import org.rapport.referrals.ReferralService;

/** The referrals made in one held meeting, for the student's and the advisor's meeting pages. */
@Named
@RequestScoped
public class MeetingReferralsBacking {

    @Inject
    private ReferralService referrals;

    private List<ReferralRow> rows;

    public List<ReferralRow> rows(long meetingId) {
        if (rows == null) {
            rows = ErrorResponses.loadOrRefuse(() -> referrals.fromMeeting(meetingId));
        }
        return rows;
    }
}
