package org.rapport.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.rapport.platform.PageRequest;
import org.rapport.tasks.TaskKind;

/**
 * The outbox in MariaDB. Inserts and claims are single statements that the unique dedupe key and row locks make safe
 * when two instances run at the same moment ({@code INSERT IGNORE}, {@code UPDATE ... LIMIT}); they run as plain JDBC
 * on the transaction's connection, with times bound as UTC wall-clock values like Hibernate's
 * ({@code hibernate.jdbc.time_zone=UTC}). A row inserted here takes {@code NEXTVAL(rapport_id_seq)} as its id: a
 * whole block of the sequence, which Hibernate's pooled blocks never overlap.
 */
@ApplicationScoped
public class OutboxRepository {

    /** A task that may be due for a reminder, with what the mail needs. */
    record DueReminder(long taskId, TaskKind kind, String title, LocalDate dueOn, LocalDate snoozedUntil,
                       long studentId, String email, String timeZone, String givenName) {

        LocalDate effectiveDueOn() {
            if (snoozedUntil == null) {
                return dueOn;
            }
            return dueOn == null || snoozedUntil.isAfter(dueOn) ? snoozedUntil : dueOn;
        }
    }

    private static final String EFFECTIVE_DUE =
            "COALESCE(GREATEST(t.due_on, t.snoozed_until), t.due_on, t.snoozed_until)";

    private static final String PROBLEMS = "(o.state = :failed or (o.state = :pending and o.lastError is not null))";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    /** Adds the entry unless one with its dedupe key exists (also one another instance is inserting right now). */
    boolean insertOnce(OutboxEntry entry, Instant now) {
        String sql = "INSERT IGNORE INTO mail_outbox (id, version, created_at, updated_at, kind, dedupe_key,"
                + " student_id, task_id, message_id, to_address, reply_to, subject, body, state, attempts,"
                + " next_attempt_at) VALUES (NEXTVAL(rapport_id_seq), 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0,"
                + " ?)";
        return jdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                LocalDateTime at = utc(now);
                insert.setObject(1, at);
                insert.setObject(2, at);
                insert.setString(3, entry.getKind().name());
                insert.setString(4, entry.getDedupeKey());
                insert.setLong(5, entry.getStudent().getId());
                setLong(insert, 6, entry.getTaskId());
                setLong(insert, 7, entry.getMessageId());
                insert.setString(8, entry.getToAddress());
                insert.setString(9, entry.getReplyTo());
                insert.setString(10, entry.getSubject());
                insert.setString(11, entry.getBody());
                insert.setObject(12, utc(entry.getNextAttemptAt()));
                return insert.executeUpdate() == 1;
            }
        });
    }

    /**
     * Open tasks of students who want reminders, whose effective due date is on or before {@code latest} and that
     * have no reminder for that date yet. The caller narrows them to each student's own today.
     */
    List<DueReminder> dueReminderCandidates(LocalDate latest, int limit) {
        String sql = "SELECT t.id, t.kind, t.title, t.due_on, t.snoozed_until, s.id, s.email, s.time_zone,"
                + " s.given_name FROM student_task t JOIN student s ON s.id = t.student_id"
                + " WHERE t.done_at IS NULL AND s.email_reminders = TRUE AND " + EFFECTIVE_DUE + " <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.task_id = t.id"
                + " AND o.dedupe_key = CONCAT('REM:', t.id, ':', " + EFFECTIVE_DUE + "))"
                + " ORDER BY t.id LIMIT ?";
        return jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, latest);
                select.setInt(2, limit);
                List<DueReminder> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new DueReminder(rows.getLong(1), TaskKind.valueOf(rows.getString(2)),
                                rows.getString(3), rows.getObject(4, LocalDate.class),
                                rows.getObject(5, LocalDate.class), rows.getLong(6), rows.getString(7),
                                rows.getString(8), rows.getString(9)));
                    }
                }
                return due;
            }
        });
    }

    /** Requests sent on or before {@code latestRequestedOn} and still unanswered that have no follow-up task yet. */
    List<FollowUpDue> dueFollowUpCandidates(LocalDate latestRequestedOn, int limit) {
        String sql = "SELECT m.id, m.student_id, m.connector_id, c.full_name, m.requested_on, s.time_zone"
                + " FROM meeting m JOIN student s ON s.id = m.student_id JOIN connector c ON c.id = m.connector_id"
                + " WHERE m.state = 'REQUESTED' AND m.requested_on <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM student_task t"
                + " WHERE t.dedupe_key = CONCAT('FOLLOW_UP:m', m.id, ':', m.requested_on))"
                + " ORDER BY m.id LIMIT ?";
        return jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, latestRequestedOn);
                select.setInt(2, limit);
                List<FollowUpDue> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new FollowUpDue(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                                rows.getString(4), rows.getObject(5, LocalDate.class), rows.getString(6)));
                    }
                }
                return due;
            }
        });
    }

    /**
     * Claims up to {@code limit} due mails for one run in one statement (the set form of
     * {@link OutboxEntry#claim}): row locks let only one of two concurrent runs take a row. Returns the ids this run
     * holds now.
     */
    List<Long> claimDue(String by, Instant until, Instant now, int limit) {
        String update = "UPDATE mail_outbox SET state = 'SENDING', claimed_by = ?, claimed_until = ?,"
                + " attempts = attempts + 1, version = version + 1, updated_at = ?"
                + " WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?";
        String select = "SELECT id FROM mail_outbox WHERE state = 'SENDING' AND claimed_by = ? AND claimed_until = ?"
                + " ORDER BY next_attempt_at, id";
        return jdbc(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(update)) {
                claim.setString(1, by);
                claim.setObject(2, utc(until));
                claim.setObject(3, utc(now));
                claim.setObject(4, utc(now));
                claim.setInt(5, limit);
                if (claim.executeUpdate() == 0) {
                    return List.of();
                }
            }
            try (PreparedStatement held = connection.prepareStatement(select)) {
                held.setString(1, by);
                held.setObject(2, utc(until));
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = held.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    Optional<OutboxEntry> find(long id) {
        return Optional.ofNullable(entityManager.find(OutboxEntry.class, id));
    }

    Optional<OutboxEntry> findByDedupeKey(String dedupeKey) {
        return entityManager.createQuery("select o from OutboxEntry o where o.dedupeKey = :key", OutboxEntry.class)
                .setParameter("key", dedupeKey).getResultList().stream().findFirst();
    }

    /** Mails whose sender's claim ran out before it said how the send went. */
    List<OutboxEntry> listExpiredClaims(Instant now, int limit) {
        return entityManager.createQuery("select o from OutboxEntry o where o.state = :sending"
                        + " and o.claimedUntil < :now order by o.id", OutboxEntry.class)
                .setParameter("sending", OutboxState.SENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    Map<OutboxState, Long> countByState() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        entityManager.createQuery("select o.state, count(o) from OutboxEntry o group by o.state", Object[].class)
                .getResultList().forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
        return counts;
    }

    /** Failed mails, and waiting ones that failed before: what staff should look at, the oldest trouble first. */
    List<OutboxEntry> listProblems(PageRequest page) {
        return entityManager.createQuery("select o from OutboxEntry o join fetch o.student where " + PROBLEMS
                        + " order by case when o.state = :failed then 0 else 1 end, o.nextAttemptAt, o.id",
                        OutboxEntry.class)
                .setParameter("failed", OutboxState.FAILED).setParameter("pending", OutboxState.PENDING)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    long countProblems() {
        return entityManager.createQuery("select count(o) from OutboxEntry o where " + PROBLEMS, Long.class)
                .setParameter("failed", OutboxState.FAILED).setParameter("pending", OutboxState.PENDING)
                .getSingleResult();
    }

    private <T> T jdbc(JdbcWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::execute);
    }

    @FunctionalInterface
    private interface JdbcWork<T> {
        T execute(Connection connection) throws SQLException;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
