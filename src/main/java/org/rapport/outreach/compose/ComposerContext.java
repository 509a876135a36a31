package org.rapport.outreach.compose;

import java.time.ZoneId;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.outreach.outcomes.StudentOutcome;
import org.rapport.people.Student;
import org.rapport.referrals.ReferralSource;

/**
 * What one call works on, resolved and checked once. {@code source} is who referred the student to the meeting's
 * connector, when someone did.
 */
record ComposerContext(ComposerTarget target, Student student, Meeting meeting, Connector recipient,
                       StudentOutcome outcome, ZoneId studentZone, ReferralSource source) {

    /** Whoever referred the student to the meeting's connector, permission or not (they get the update). */
    Connector referrer() {
        return source == null ? null : source.referrer();
    }

    /** The referrer a request may name: only with their permission. */
    String nameableReferrer() {
        return source == null || !source.nameable() ? null : source.referrer().getFullName();
    }

    /** The connector's zone for times shown to them; the student's when theirs is unknown. */
    ZoneId connectorZone() {
        String id = meeting == null ? recipient.getTimeZone() : meeting.getConnector().getTimeZone();
        return id == null ? studentZone : ZoneId.of(id);
    }
}
