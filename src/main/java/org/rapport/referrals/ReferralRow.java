package org.rapport.referrals;

import java.io.Serializable;
import java.time.LocalDate;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.NamePermission;

/**
 * One referral as the lists show it: who made it and in which meeting, who it names, the terms heard and how far it
 * got; {@code stale} when nothing has moved for the office's number of days.
 */
public record ReferralRow(long id, long version, long meetingId, long referrerId, String referrerName,
                          Long connectorId, String name, String organisationName, NamePermission namePermission,
                          ContactRoute contactRoute, boolean contactDetails, ReferralStatus status,
                          LocalDate statusChangedOn, LocalDate checkInOn, String note, boolean stale)
        implements Serializable {

    /** As the query reads it, before the stale rule is applied. */
    public ReferralRow(long id, long version, long meetingId, long referrerId, String referrerName,
                       Long connectorId, String name, String organisationName, NamePermission namePermission,
                       ContactRoute contactRoute, boolean contactDetails, ReferralStatus status,
                       LocalDate statusChangedOn, LocalDate checkInOn, String note) {
        this(id, version, meetingId, referrerId, referrerName, connectorId, name, organisationName, namePermission,
                contactRoute, contactDetails, status, statusChangedOn, checkInOn, note, false);
    }

    ReferralRow judged(StaleRule rule, LocalDate today) {
        return new ReferralRow(id, version, meetingId, referrerId, referrerName, connectorId, name,
                organisationName, namePermission, contactRoute, contactDetails, status, statusChangedOn, checkInOn,
                note, rule.isStale(status, statusChangedOn, today));
    }

    /** Still only a name: no connector record yet. */
    public boolean nameOnly() {
        return connectorId == null;
    }
}
