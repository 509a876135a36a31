package org.rapport.connectors;

import java.util.Set;

/** Where a request to a directory volunteer stands. Only open requests count against the fatigue cap. */
public enum DirectoryRequestState {
    OPEN,
    /** The student took the volunteer off their list before meeting. */
    WITHDRAWN,
    /** The request ran its course (answered, met or declined). */
    CLOSED;

    public boolean canBecome(DirectoryRequestState next) {
        return this == OPEN && Set.of(WITHDRAWN, CLOSED).contains(next);
    }

    public String messageKey() {
        return "directory.request.state." + name();
    }
}
