package org.rapport.audit;

import java.io.Serializable;
import java.time.Instant;

/** A line of the audit log as the search screen shows it, with the student's number instead of an id. */
public final class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant occurredAt;
    private final AuditAction action;
    private final String actorName;
    private final String studentNumber;
    private final String target;
    private final String detail;
    private final String clientAddress;

    public AuditRow(long id, Instant occurredAt, AuditAction action, String actorName, String studentNumber,
                    String target, String detail, String clientAddress) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorName = actorName;
        this.studentNumber = studentNumber;
        this.target = target;
        this.detail = detail;
        this.clientAddress = clientAddress;
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** "2026-11-22 05:51:30 UTC": audit times are shown in UTC so they compare with server logs. */
    public String getOccurredAtText() {
        return occurredAt.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$|Z$", "") + " UTC";
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActorName() {
        return actorName;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
