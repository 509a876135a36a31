package org.rapport.outreach.outcomes;

import java.time.LocalDate;
import org.rapport.meetings.MeetingState;

/** One of the student's asked meetings as the helper list reads it: the connector and who referred them, if anyone. */
public record HelpRow(long meetingId, MeetingState state, LocalDate heldOn, long connectorId, String connectorName,
                      Long referrerId, String referrerName) {
}
