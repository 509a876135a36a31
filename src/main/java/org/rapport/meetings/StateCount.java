package org.rapport.meetings;

import java.io.Serializable;

/** How many of a student's meetings stand in one state: a step of the dashboard's pipeline. */
public record StateCount(MeetingState state, long count) implements Serializable {
}
