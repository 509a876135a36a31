package org.rapport.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Root of every Rapport entity: a surrogate id from one shared sequence, an optimistic-lock version so that
 * two people editing the same record never overwrite each other silently, and created/updated instants kept
 * in UTC with microsecond precision ({@code DATETIME(6)}; {@code hibernate.jdbc.time_zone=UTC}).
 *
 * <p>Ids come from the MariaDB sequence {@code rapport_id_seq} in blocks of {@value #ID_BLOCK}, so inserts can be
 * batched by JDBC (an {@code AUTO_INCREMENT} column would force one round trip per row).
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ids handed out per sequence call; must equal the sequence's INCREMENT BY in sql/. */
    public static final int ID_BLOCK = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rapport_id")
    @SequenceGenerator(name = "rapport_id", sequenceName = "rapport_id_seq", allocationSize = ID_BLOCK)
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BaseEntity() {
        // for JPA
    }

    @PrePersist
    void beforeInsert() {
        Instant now = now();
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    private static Instant now() {
        // DATETIME(6) keeps microseconds; truncating here makes the in-memory value equal the stored one.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        BaseEntity that = (BaseEntity) other;
        return id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        // Constant per class: an entity's hash must not change when it is persisted and gets its id.
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
