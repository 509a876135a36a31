package org.rapport.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-side JDBC access to the integration-test MariaDB (the one Payara uses): creates the roster records a test
 * needs and reads back what the application wrote (audit rows). Fixture ids come from a random range far above the
 * application's sequence, so tests never collide with each other or with the application.
 */
public final class ItDatabase {

    private static final AtomicLong NEXT_ID =
            new AtomicLong(9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1_000);

    private ItDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv("DB_URL");
        return DriverManager.getConnection(url, System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD") == null ? "" : System.getenv("DB_PASSWORD"));
    }

    /** A roster record for {@code email}; returns its id. */
    public static long insertStudent(String number, String given, String family, String email) throws SQLException {
        long id = NEXT_ID.incrementAndGet();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "insert into student (id, version, created_at, updated_at, student_number, given_name, family_name,"
                        + " email, college, major, class_year) values (?, 0, ?, ?, ?, ?, ?, ?, 'School of Business',"
                        + " 'Finance', 'THIRD_YEAR')")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.setString(4, number);
            s.setString(5, given);
            s.setString(6, family);
            s.setString(7, email);
            s.executeUpdate();
        }
        return id;
    }

    /** An advisor record for {@code email}; returns its id. */
    public static long insertAdvisor(String given, String family, String email) throws SQLException {
        long id = NEXT_ID.incrementAndGet();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "insert into advisor (id, version, created_at, updated_at, given_name, family_name, email, title)"
                        + " values (?, 0, ?, ?, ?, ?, ?, 'Career Advisor')")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.setString(4, given);
            s.setString(5, family);
            s.setString(6, email);
            s.executeUpdate();
        }
        return id;
    }

    public static void assignCaseload(long advisorId, long studentId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "insert into caseload_assignment (id, version, created_at, updated_at, advisor_id, student_id)"
                        + " values (?, 0, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, NEXT_ID.incrementAndGet());
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.setLong(4, advisorId);
            s.setLong(5, studentId);
            s.executeUpdate();
        }
    }

    /** Grants a role inside Rapport to the account with this subject (it must have signed in once). */
    public static void grantRole(String subject, String role) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "insert into user_account_role (account_id, role) select id, ? from user_account where subject = ?")) {
            s.setString(1, role);
            s.setString(2, subject);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no account for subject " + subject);
            }
        }
    }

    public static long countStudentsWithNumberPrefix(String prefix) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from student where student_number like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static String familyNameOf(String studentNumber) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select family_name from student where student_number = ?")) {
            s.setString(1, studentNumber);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** How many audit rows match; {@code studentId} may be null to match any. */
    public static long countAudit(String action, String actorSubject, Long studentId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry e join user_account a on a.id = e.actor_account_id"
                        + " where e.action = ? and a.subject = ? and (? is null or e.student_id = ?)")) {
            s.setString(1, action);
            s.setString(2, actorSubject);
            if (studentId == null) {
                s.setNull(3, java.sql.Types.BIGINT);
                s.setNull(4, java.sql.Types.BIGINT);
            } else {
                s.setLong(3, studentId);
                s.setLong(4, studentId);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Audit rows of an action by nobody signed in whose target contains {@code targetPart}. */
    public static long countAnonymousAudit(String action, String targetPart) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry where action = ? and actor_account_id is null and target like ?")) {
            s.setString(1, action);
            s.setString(2, "%" + targetPart + "%");
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
