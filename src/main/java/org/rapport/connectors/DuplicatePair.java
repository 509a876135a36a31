package org.rapport.connectors;

import java.io.Serializable;

/** Two directory records that look like the same person, side by side for an administrator to merge. */
public class DuplicatePair implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConnectorForm first;
    private final ConnectorForm second;

    public DuplicatePair(ConnectorForm first, ConnectorForm second) {
        this.first = first;
        this.second = second;
    }

    public ConnectorForm getFirst() {
        return first;
    }

    public ConnectorForm getSecond() {
        return second;
    }
}
