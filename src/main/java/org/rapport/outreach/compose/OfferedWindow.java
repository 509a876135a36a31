package org.rapport.outreach.compose;

import java.io.Serializable;

/** A window the student offers, described in their own zone and in the connector's. */
public record OfferedWindow(long id, String inStudentZone, String inConnectorZone) implements Serializable {
}
