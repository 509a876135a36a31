package org.rapport.meetings;

import java.io.Serializable;
import java.time.LocalDate;

/** A meeting as lists show it: who, where, why, how long, where it stands and how many items its list holds. */
public record MeetingSummary(long id, String connectorName, String organisationName, String purpose,
                             MeetingState state, int plannedMinutes, LocalDate heldOn, long itemCount)
        implements Serializable {
}
