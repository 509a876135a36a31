package org.rapport.connectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A student's request to meet a volunteer from the office directory. While open it counts against the volunteer's
 * fatigue cap until {@code countsUntil}, fixed when it was made from the cap then in force.
 */
@Entity
@Table(name = "directory_request")
public class DirectoryRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directory_connector_id", nullable = false)
    private Connector directoryConnector;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "private_connector_id", nullable = false)
    private Connector privateConnector;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "counts_until", nullable = false)
    private Instant countsUntil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "state", length = 20, nullable = false)
    private DirectoryRequestState state;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "closed_at")
    private Instant closedAt;

    protected DirectoryRequest() {
        // for JPA
    }

    public DirectoryRequest(Connector directoryConnector, Connector privateConnector, Instant now, FatigueCap cap) {
        if (!Require.present(directoryConnector, "directoryConnector").isDirectory()) {
            throw new IllegalArgumentException("requests go to directory connectors");
        }
        this.directoryConnector = directoryConnector;
        this.privateConnector = Require.present(privateConnector, "privateConnector");
        this.student = Require.present(privateConnector.getOwner(), "student");
        this.requestedAt = Require.present(now, "now");
        this.countsUntil = cap.countsUntil(now);
        this.state = DirectoryRequestState.OPEN;
    }

    public void withdraw(Instant now) {
        moveTo(DirectoryRequestState.WITHDRAWN, now);
    }

    public void close(Instant now) {
        moveTo(DirectoryRequestState.CLOSED, now);
    }

    private void moveTo(DirectoryRequestState next, Instant now) {
        if (!state.canBecome(next)) {
            throw new IllegalStateException("a " + state + " request cannot become " + next);
        }
        state = next;
        closedAt = now;
    }

    /** The merged directory record takes over this request. */
    void transferTo(Connector survivor) {
        this.directoryConnector = survivor;
    }

    public Connector getDirectoryConnector() {
        return directoryConnector;
    }

    public Student getStudent() {
        return student;
    }

    public Connector getPrivateConnector() {
        return privateConnector;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getCountsUntil() {
        return countsUntil;
    }

    public DirectoryRequestState getState() {
        return state;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
