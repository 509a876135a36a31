package org.rapport.referrals;

import java.io.Serializable;

/**
 * One referral as the chain needs it: who made it ({@code fromConnectorId}, the connector met), who it names
 * ({@code toConnectorId}, null while it is only a name), how far it got, and whether meeting that person led to a
 * success the student recorded.
 */
public record ChainLink(long referralId, long fromConnectorId, Long toConnectorId, String name,
                        ReferralStatus status, boolean ledToOutcome) implements Serializable {
}
