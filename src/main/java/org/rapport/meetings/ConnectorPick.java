package org.rapport.meetings;

import java.io.Serializable;

/** One of the student's own active connectors, offered when planning a meeting. */
public record ConnectorPick(long id, String fullName, String organisationName) implements Serializable {

    /** "Dana Whitfield (Harbourline Analytics)" */
    public String label() {
        return organisationName == null ? fullName : fullName + " (" + organisationName + ")";
    }
}
