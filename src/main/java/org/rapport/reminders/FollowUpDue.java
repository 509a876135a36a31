package org.rapport.reminders;

import java.time.LocalDate;

/** A request still waiting for an answer, with what its follow-up task needs. */
public record FollowUpDue(long meetingId, long studentId, long connectorId, String connectorName,
                          LocalDate requestedOn, String timeZone) {

    /** One follow-up task per request: a request answered and sent again ({@code requestedOn} moves) gets another. */
    public String dedupeKey() {
        return "FOLLOW_UP:m" + meetingId + ":" + requestedOn;
    }
}
