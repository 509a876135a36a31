package org.rapport.outreach.etiquette;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.rapport.connectors.ConnectorInterest;
import org.rapport.outreach.MessageChannel;

/**
 * What the etiquette checker reads: the draft as the student has it now and the little it needs to know about the
 * people. {@code referrerName} is {@code null} when nobody referred the student; {@code connectorZone} is
 * {@code null} when the connector's time zone is unknown; {@code interests} are the connector's marked interests.
 */
public record DraftFacts(MessageChannel channel, String subject, String body, String referrerName,
                         ZoneId studentZone, ZoneId connectorZone, List<ConnectorInterest> interests)
        implements Serializable {

    public DraftFacts {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(studentZone, "studentZone");
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
