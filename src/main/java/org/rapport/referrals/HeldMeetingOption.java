package org.rapport.referrals;

import java.io.Serializable;
import java.time.LocalDate;

/** A held meeting a referral can come from, as the "from which conversation" list shows it. */
public record HeldMeetingOption(long meetingId, String connectorName, LocalDate heldOn) implements Serializable {
}
