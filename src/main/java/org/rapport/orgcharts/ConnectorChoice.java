package org.rapport.orgcharts;

import java.io.Serializable;

/** One of the student's own connectors as the org chart's pick list shows it. */
public final class ConnectorChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    public ConnectorChoice(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
