package org.rapport.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * One line of the audit log: who ({@link Actor}), did what ({@link AuditAction}), to whose record, when. Immutable
 * in Java ({@link Immutable}) and in MariaDB (triggers refuse UPDATE and DELETE). Student and account are kept as
 * plain ids so the row outlives the records it names.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int ACTOR_NAME_LENGTH = 160;
    public static final int TARGET_LENGTH = 255;
    public static final int DETAIL_LENGTH = 500;
    public static final int ADDRESS_LENGTH = 45;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "action", length = 40, nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_name", length = ACTOR_NAME_LENGTH, nullable = false, updatable = false)
    private String actorName;

    @Column(name = "student_id", updatable = false)
    private Long studentId;

    @Column(name = "target", length = TARGET_LENGTH, updatable = false)
    private String target;

    @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "client_address", length = ADDRESS_LENGTH, updatable = false)
    private String clientAddress;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Actor actor, AuditAction action, Long studentId, String target, String detail) {
        this.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.action = Require.present(action, "action");
        this.actorAccountId = actor.accountId();
        this.actorName = clip(Require.text(actor.name(), Integer.MAX_VALUE, "actor name"), ACTOR_NAME_LENGTH);
        this.clientAddress = clip(actor.clientAddress(), ADDRESS_LENGTH);
        this.studentId = studentId;
        this.target = clip(target, TARGET_LENGTH);
        this.detail = clip(detail, DETAIL_LENGTH);
    }

    /** Audit text is truncated rather than refused: losing the tail of a detail beats losing the row. */
    static String clip(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length - 1) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getStudentId() {
        return studentId;
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
