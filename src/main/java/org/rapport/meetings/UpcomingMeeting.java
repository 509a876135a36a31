package org.rapport.meetings;

import java.io.Serializable;
import java.time.ZonedDateTime;

/** A booked meeting still ahead, as the dashboard lists it: when (in the student's zone), with whom, and how. */
public record UpcomingMeeting(long id, String connectorName, ZonedDateTime startsLocal, MeetingMode mode,
                              MeetingState state) implements Serializable {
}
