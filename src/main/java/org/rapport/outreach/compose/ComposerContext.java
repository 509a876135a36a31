package org.rapport.outreach.compose;

import java.time.ZoneId;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.outreach.outcomes.StudentOutcome;
import org.rapport.people.Student;

/** What one call works on, resolved and checked once. */
record ComposerContext(ComposerTarget target, Student student, Meeting meeting, Connector recipient,
                       StudentOutcome outcome, ZoneId studentZone) {

    /** The connector's zone for times shown to them; the student's when theirs is unknown. */
    ZoneId connectorZone() {
        String id = meeting == null ? recipient.getTimeZone() : meeting.getConnector().getTimeZone();
        return id == null ? studentZone : ZoneId.of(id);
    }
}
