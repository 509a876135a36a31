package org.rapport.research;

import java.io.Serializable;

/** One of the student's connectors as a pick list shows it. */
public final class ConnectorOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fullName;

    public ConnectorOption(long id, String fullName) {
        this.id = id;
        this.fullName = fullName;
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }
}
