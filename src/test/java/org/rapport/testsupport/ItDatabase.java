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

    /**
     * Inserts one entity row with a fresh fixture id, version 0 and created/updated now, plus the given columns
     * (comma-separated) and values; returns the id.
     */
    private static long insertEntity(String table, String columns, Object... values) throws SQLException {
        long id = NEXT_ID.incrementAndGet();
        String placeholders = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("insert into " + table
                + " (id, version, created_at, updated_at, " + columns + ") values (?, 0, ?, ?, " + placeholders
                + ")")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            for (int i = 0; i < values.length; i++) {
                s.setObject(4 + i, values[i]);
            }
            s.executeUpdate();
        }
        return id;
    }

    /**
     * A held meeting of {@code studentId} with {@code referrerId} and a chain below it: the referrer referred the
     * first of {@code people}, each one the next, and the last one a name without a connector yet; returns the
     * meeting's id. Each referral comes from its own held meeting with the person who made it.
     */
    public static long insertReferralChain(long studentId, long referrerId, java.util.List<Long> people)
            throws SQLException {
        long first = 0;
        long from = referrerId;
        java.util.List<Long> to = new java.util.ArrayList<>(people);
        to.add(null);
        for (Long person : to) {
            long meeting = insertMeeting(studentId, from, "Learn about the work", 20);
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("update meeting set"
                    + " state = 'HELD', held_on = utc_date(), actual_minutes = 20, starts_at = utc_date(),"
                    + " meeting_mode = 'VIDEO' where id = ?")) {
                s.setLong(1, meeting);
                s.executeUpdate();
            }
            first = first == 0 ? meeting : first;
            insertEntity("referral", "student_id, meeting_id, referrer_id, connector_id, name, name_permission,"
                    + " contact_route, contact_details, status, status_changed_on", studentId, meeting, from, person,
                    person == null ? "Quinn Marsh" : "Person " + person, "YES", "DIRECT", false, "NAMED",
                    java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(20)));
            from = person == null ? from : person;
        }
        return first;
    }

    /** A roster record for {@code email}; returns its id. */
    public static long insertStudent(String number, String given, String family, String email) throws SQLException {
        return insertEntity("student", "student_number, given_name, family_name, email, college, major, class_year",
                number, given, family, email, "School of Business", "Finance", "THIRD_YEAR");
    }

    /** An advisor record for {@code email}; returns its id. */
    public static long insertAdvisor(String given, String family, String email) throws SQLException {
        return insertEntity("advisor", "given_name, family_name, email, title", given, family, email,
                "Career Advisor");
    }

    public static void assignCaseload(long advisorId, long studentId) throws SQLException {
        insertEntity("caseload_assignment", "advisor_id, student_id", advisorId, studentId);
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



    /** Research notebook tests: a note of the student; returns its id. */
    public static long insertNotebookNote(long studentId, String title, String body) throws SQLException {
        return insertEntity("research_note", "student_id, title, body", studentId, title, body);
    }

    /** Research notebook tests: the status changes kept for the hypotheses of a note, oldest first ("FROM>TO"). */
    public static java.util.List<String> notebookHypothesisChanges(long noteId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select e.from_status, e.to_status from research_hypothesis_change e"
                        + " join research_hypothesis h on h.id = e.hypothesis_id where h.note_id = ?"
                        + " order by e.created_at, e.id")) {
            s.setLong(1, noteId);
            java.util.List<String> changes = new java.util.ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    changes.add(rows.getString(1) + ">" + rows.getString(2));
                }
            }
            return changes;
        }
    }

    /** Research notebook tests: the stored title of a note. */
    public static String notebookNoteTitle(long noteId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select title from research_note where id = ?")) {
            s.setLong(1, noteId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** An organisation in the office's list, added by nobody in particular; returns its id. */
    public static long insertOrganisation(String name, String industry, String sizeBand) throws SQLException {
        return insertEntity("organisation", "name, industry, size_band", name, industry, sizeBand);
    }

    /** Org chart tests: the id of the student's chart of the organisation, or {@code null} when there is none. */
    public static Long orgChartIdOf(long studentId, long organisationId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select id from org_chart where student_id = ? and organisation_id = ?")) {
            s.setLong(1, studentId);
            s.setLong(2, organisationId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    /** A private connector of the student with this id; returns its id. */
    public static long insertPrivateConnector(long studentId, String fullName) throws SQLException {
        return insertPrivateConnector(studentId, fullName, false);
    }

    /** A private connector of the student, archived or not; returns its id. */
    public static long insertPrivateConnector(long studentId, String fullName, boolean archived) throws SQLException {
        return insertEntity("connector", "owner_student_id, full_name, name_key, acquaintance, warm_referrals_only,"
                + " archived", studentId, fullName, fullName.toLowerCase(java.util.Locale.ROOT), "COLD", false,
                archived);
    }

    /** A directory volunteer with consent; returns its id. */
    public static long insertDirectoryConnector(String fullName) throws SQLException {
        return insertEntity("connector", "full_name, name_key, acquaintance, warm_referrals_only, archived,"
                + " consent_given_on, consent_scope", fullName, fullName.toLowerCase(java.util.Locale.ROOT), "COLD",
                false, false, java.sql.Date.valueOf("2026-09-01"), "All students");
    }

    /** A student's org chart of an organisation, shared with their advisor or not; returns its id. */
    public static long insertOrgChart(long studentId, long organisationId, boolean shared) throws SQLException {
        return insertEntity("org_chart", "student_id, organisation_id, shared_with_advisor", studentId,
                organisationId, shared);
    }

    /** A hypothesis on a note, with {@code changes} outcomes in its history (heard from the connector). */
    public static void insertHypothesisWithHistory(long noteId, long connectorId, int changes) throws SQLException {
        long hypothesisId = insertEntity("research_hypothesis", "note_id, statement, status", noteId,
                "Graduates rotate through three teams in year one (" + noteId + ")", "REFINED");
        for (int i = 0; i < changes; i++) {
            insertEntity("research_hypothesis_change", "hypothesis_id, from_status, to_status, evidence,"
                    + " heard_from_connector_id, heard_on", hypothesisId, "OPEN", "REFINED",
                    "Said so in our call, point " + i, connectorId, java.sql.Date.valueOf("2026-10-01"));
        }
    }

    /** A planned meeting of a student with one of their connectors; returns its id. */
    public static long insertMeeting(long studentId, long connectorId, String purpose, int plannedMinutes)
            throws SQLException {
        return insertEntity("meeting", "student_id, connector_id, purpose, planned_minutes, state, list_revision",
                studentId, connectorId, purpose, plannedMinutes, "PLANNED", 0L);
    }

    /**
     * A question on a meeting's list at {@code position}, in the student's own words, of a category (bundle name of
     * {@code QuestionCategory}, or {@code null}); returns its id. Must-ask follows the category, as in the app.
     */
    public static long insertMeetingQuestion(long meetingId, int position, String text, String category,
                                             int minutes) throws SQLException {
        boolean mustAsk = "COMPETITIVE_FEEDBACK".equals(category) || "REFERRALS".equals(category);
        return insertEntity("meeting_question", "meeting_id, position, kind, source, text, category, minutes,"
                + " must_ask, outcome", meetingId, position, "QUESTION", "OWN", text, category, minutes, mustAsk,
                "NOT_YET");
    }

    /** An open hypothesis on a note; returns its id. */
    public static long insertHypothesis(long noteId, String statement) throws SQLException {
        return insertEntity("research_hypothesis", "note_id, statement, status", noteId, statement, "OPEN");
    }

    /** A one-column read for assertions: the first row's first column of {@code sql} with one long parameter. */
    public static String readOne(String sql, long parameter) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (java.sql.ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
