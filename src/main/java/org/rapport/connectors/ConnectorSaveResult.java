package org.rapport.connectors;

import java.io.Serializable;
import java.util.List;

/**
 * What saving a connector did: saved (with its id), or nothing yet because records that look like the same person
 * exist and the person saving has not seen them.
 */
public final class ConnectorSaveResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long savedId;
    private final List<ConnectorSummary> possibleDuplicates;

    private ConnectorSaveResult(Long savedId, List<ConnectorSummary> possibleDuplicates) {
        this.savedId = savedId;
        this.possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    static ConnectorSaveResult saved(long id) {
        return new ConnectorSaveResult(id, List.of());
    }

    static ConnectorSaveResult duplicates(List<ConnectorSummary> found) {
        return new ConnectorSaveResult(null, found);
    }

    public boolean isSaved() {
        return savedId != null;
    }

    public Long getSavedId() {
        return savedId;
    }

    public List<ConnectorSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
