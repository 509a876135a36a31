package org.rapport.connectors;

import java.io.Serializable;
import java.util.List;

/**
 * What asking to meet a directory volunteer led to: added to the student's list, already there, or refused because
 * the volunteer is fully asked, with others who fit instead.
 */
public final class DirectoryRequestOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The three ways a request can go. */
    public enum Kind {
        ADDED,
        ALREADY_ON_LIST,
        CAP_REACHED
    }

    private final Kind kind;
    private final Long privateConnectorId;
    private final List<DirectorySummary> alternatives;
    private final FatigueCap cap;

    private DirectoryRequestOutcome(Kind kind, Long privateConnectorId, List<DirectorySummary> alternatives,
                                    FatigueCap cap) {
        this.kind = kind;
        this.privateConnectorId = privateConnectorId;
        this.alternatives = List.copyOf(alternatives);
        this.cap = cap;
    }

    static DirectoryRequestOutcome added(long privateConnectorId) {
        return new DirectoryRequestOutcome(Kind.ADDED, privateConnectorId, List.of(), null);
    }

    static DirectoryRequestOutcome alreadyOnList(long privateConnectorId) {
        return new DirectoryRequestOutcome(Kind.ALREADY_ON_LIST, privateConnectorId, List.of(), null);
    }

    static DirectoryRequestOutcome capReached(FatigueCap cap, List<DirectorySummary> alternatives) {
        return new DirectoryRequestOutcome(Kind.CAP_REACHED, null, alternatives, cap);
    }

    public Kind getKind() {
        return kind;
    }

    public Long getPrivateConnectorId() {
        return privateConnectorId;
    }

    public List<DirectorySummary> getAlternatives() {
        return alternatives;
    }

    public FatigueCap getCap() {
        return cap;
    }
}
