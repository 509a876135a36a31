package org.rapport.referrals;

import org.rapport.connectors.Connector;
import org.rapport.meetings.NamePermission;

/**
 * Who referred the student to a connector, for the composer: the referrer and what they said about using their name.
 * From a referral when there is one (the one with permission first); otherwise from the "referred by" the student
 * entered on the connector, which counts as permission given ({@code fromReferral} false).
 */
public record ReferralSource(Connector referrer, NamePermission permission, boolean fromReferral) {

    /** Whether a request to the person may name the referrer. */
    public boolean nameable() {
        return permission == NamePermission.YES;
    }
}
