package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.rapport.testsupport.CampusSession;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.ItEnvironment;
import org.rapport.testsupport.Persona;

/**
 * The access matrix: every protected page, requested over HTTP by each kind of person after a real campus sign-in
 * (OpenID Connect authorization-code flow against the test provider): the student who owns the record, another
 * student, the advisor with that student on their caseload, another advisor, an administrator, and someone signed
 * out. Record-level refusals come from the service (the page rules alone would let any advisor in), and the audit
 * rows are checked in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final int ALLOW = 200;
    private static final int DENY = 403;
    private static final int SIGN_IN = 302;

    private static final Persona OWNER = Persona.of("owner", "Olivia Owner", "students");
    private static final Persona OTHER_STUDENT = Persona.of("student", "Oscar Other", "students");
    private static final Persona CASELOAD_ADVISOR = Persona.of("advisor", "Cara Caseload", "career-advisors");
    private static final Persona OTHER_ADVISOR = Persona.of("advisor", "Otto Elsewhere", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Ada Admin", "career-admins");

    private static final String OWNER_NUMBER = "IT" + UUID.randomUUID().toString().substring(0, 8);
    private static long ownerStudentId;
    private static long caseloadAdvisorId;
    private static long otherStudentId;
    private static long ownerConnectorId;
    private static long ownerNoteId;
    private static long organisationId;
    private static long sharedChartId;
    private static long privateChartId;
    private static long ownerMeetingId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void roster() throws SQLException {
        ownerStudentId = ItDatabase.insertStudent(OWNER_NUMBER, "Olivia", "Owner", OWNER.email());
        otherStudentId = ItDatabase.insertStudent("IT" + UUID.randomUUID().toString().substring(0, 8), "Oscar",
                "Other", OTHER_STUDENT.email());
        caseloadAdvisorId = ItDatabase.insertAdvisor("Cara", "Caseload", CASELOAD_ADVISOR.email());
        long otherAdvisorId = ItDatabase.insertAdvisor("Otto", "Elsewhere", OTHER_ADVISOR.email());
        ItDatabase.assignCaseload(caseloadAdvisorId, ownerStudentId);
        ItDatabase.assignCaseload(otherAdvisorId, otherStudentId);
        ownerConnectorId = ItDatabase.insertPrivateConnector(ownerStudentId, "Ophelia Connector " + OWNER_NUMBER);
        ownerNoteId = ItDatabase.insertNotebookNote(ownerStudentId, "Note of " + OWNER_NUMBER, "Private research");
        organisationId = ItDatabase.insertOrganisation("Matrix Holdings " + OWNER_NUMBER, "CONSULTING", "LARGE");
        long secondOrganisation = ItDatabase.insertOrganisation("Matrix Two " + OWNER_NUMBER, "LAW", "SMALL");
        sharedChartId = ItDatabase.insertOrgChart(ownerStudentId, organisationId, true);
        privateChartId = ItDatabase.insertOrgChart(ownerStudentId, secondOrganisation, false);
        ownerMeetingId = ItDatabase.insertMeeting(ownerStudentId, ownerConnectorId, "Learn about " + OWNER_NUMBER, 20);
        ItDatabase.insertMeetingQuestion(ownerMeetingId, 0, "What surprised you most in your first year?",
                "BACKGROUND", 3);
        ItDatabase.insertMeetingQuestion(ownerMeetingId, 1, "How competitive would I be for roles like yours?",
                "COMPETITIVE_FEEDBACK", 4);
    }

    private String base() {
        return Deployments.onLoopback(deploymentUrl);
    }

    private Map<String, CampusSession> everyone() {
        Map<String, CampusSession> sessions = new LinkedHashMap<>();
        sessions.put("owner student", CampusSession.signIn(base(), OWNER));
        sessions.put("other student", CampusSession.signIn(base(), OTHER_STUDENT));
        sessions.put("caseload advisor", CampusSession.signIn(base(), CASELOAD_ADVISOR));
        sessions.put("other advisor", CampusSession.signIn(base(), OTHER_ADVISOR));
        sessions.put("administrator", CampusSession.signIn(base(), ADMIN));
        sessions.put("signed out", CampusSession.signedOut(base()));
        return sessions;
    }

    @Test
    void everyPersonLandsOnTheHomeOfTheirRole() {
        assertEquals("/rapport/student/home", CampusSession.signIn(base(), OWNER).landedOn());
        assertEquals("/rapport/staff/students", CampusSession.signIn(base(), CASELOAD_ADVISOR).landedOn());
        assertEquals("/rapport/admin/home", CampusSession.signIn(base(), ADMIN).landedOn());
    }

    @Test
    void protectedPagesAllowAndDenyByRoleAndRelationship() {
        Map<String, CampusSession> sessions = everyone();
        String ownerRecord = "staff/student?id=" + ownerStudentId;
        // page -> expected status for: owner, other student, caseload advisor, other advisor, admin, signed out
        Map<String, int[]> matrix = new LinkedHashMap<>();
        matrix.put("student/home", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/profile", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("staff/students", new int[] {DENY, DENY, ALLOW, ALLOW, ALLOW, SIGN_IN});
        matrix.put(ownerRecord, new int[] {DENY, DENY, ALLOW, DENY, ALLOW, SIGN_IN});
        matrix.put("admin/home", new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        matrix.put("admin/student?id=" + ownerStudentId, new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        matrix.put("admin/roster", new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        matrix.put("admin/audit", new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        matrix.put("admin/caseloads", new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        matrix.put("admin/accounts", new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        // Connectors: a student's list is theirs and their caseload advisors' (read-only); administrators run the
        // office, not students' research, so they are not let in.
        matrix.put("student/connectors", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/connector?id=" + ownerConnectorId, new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/directory", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("staff/connectors?student=" + ownerStudentId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/connector?id=" + ownerConnectorId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/directory", new int[] {DENY, DENY, ALLOW, ALLOW, ALLOW, SIGN_IN});
        matrix.put("staff/directory-connector", new int[] {DENY, DENY, ALLOW, ALLOW, ALLOW, SIGN_IN});
        matrix.put("admin/directory-merge", new int[] {DENY, DENY, DENY, DENY, ALLOW, SIGN_IN});
        // The research notebook: the student's, and read-only for their caseload advisors.
        matrix.put("student/notes", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/note?id=" + ownerNoteId, new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("staff/notes?student=" + ownerStudentId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/note?id=" + ownerNoteId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        // Organisations are shared; a student's chart is private unless shared with their advisor.
        matrix.put("organisations/list", new int[] {ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, SIGN_IN});
        matrix.put("organisations/organisation?id=" + organisationId,
                new int[] {ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, SIGN_IN});
        matrix.put("student/org-chart?organisation=" + organisationId,
                new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("staff/org-chart?id=" + sharedChartId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/org-chart?id=" + privateChartId, new int[] {DENY, DENY, DENY, DENY, DENY, SIGN_IN});
        // Meetings: the student's; their caseload advisors read and comment; nobody else.
        String meeting = "?id=" + ownerMeetingId;
        matrix.put("student/meetings", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/meeting", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/meeting" + meeting, new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/meeting-mode" + meeting, new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/meeting-print" + meeting, new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/meeting.pdf" + meeting, new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("staff/meetings?student=" + ownerStudentId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/meeting" + meeting, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/meeting-print" + meeting, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/meeting.pdf" + meeting, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/question-bank", new int[] {DENY, DENY, ALLOW, ALLOW, ALLOW, SIGN_IN});
        // From request to thank-you: the composer is the meeting owner's; tasks and outcomes are each student's own.
        matrix.put("student/meeting-message" + meeting + "&kind=REQUEST",
                new int[] {ALLOW, DENY, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/tasks", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("student/outcomes", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        // Referrals: the student's own page; their caseload advisors read them on the staff page.
        matrix.put("student/referrals", new int[] {ALLOW, ALLOW, DENY, DENY, DENY, SIGN_IN});
        matrix.put("staff/referrals?student=" + ownerStudentId, new int[] {DENY, DENY, ALLOW, DENY, DENY, SIGN_IN});
        matrix.put("staff/templates", new int[] {DENY, DENY, ALLOW, ALLOW, ALLOW, SIGN_IN});
        matrix.put("staff/mail", new int[] {DENY, DENY, ALLOW, ALLOW, ALLOW, SIGN_IN});

        List<Executable> checks = new ArrayList<>();
        matrix.forEach((page, expected) -> {
            int column = 0;
            for (Map.Entry<String, CampusSession> person : sessions.entrySet()) {
                int want = expected[column++];
                checks.add(() -> {
                    HttpResponse<String> response = person.getValue().get(page);
                    assertEquals(want, response.statusCode(), person.getKey() + " GET /" + page);
                    if (want == DENY) {
                        assertFalse(response.body().contains(OWNER_NUMBER), "denied page leaks the record");
                        assertTrue(response.body().contains("You do not have access"), "friendly 403 page");
                    }
                    if (want == SIGN_IN) {
                        assertTrue(response.headers().firstValue("Location").orElse("").contains("/campus/authorize"),
                                "signed-out visitors are sent to campus sign-in");
                    }
                });
            }
        });
        assertAll(checks);
    }

    @Test
    void pagesShowOnlyWhatThePersonMaySee() {
        String ownHome = CampusSession.signIn(base(), OWNER).get("student/home").body();
        assertTrue(ownHome.contains(OWNER_NUMBER) && ownHome.contains("Cara Caseload"), "own record with advisor");
        String otherHome = CampusSession.signIn(base(), OTHER_STUDENT).get("student/home").body();
        assertFalse(otherHome.contains(OWNER_NUMBER), "another student's home never shows the owner's record");

        String caseload = CampusSession.signIn(base(), CASELOAD_ADVISOR).get("staff/students").body();
        assertTrue(caseload.contains(OWNER_NUMBER), "the owner is on this advisor's caseload");
        assertTrue(caseload.contains("Longest chain"), "an advisor's list shows the caseload's referral figures");
        String everyone = CampusSession.signIn(base(), ADMIN).get("staff/students").body();
        assertTrue(everyone.contains("All students"), everyone);
        assertFalse(everyone.contains("Longest chain"), "an administrator who advises nobody sees no figures");
        String otherCaseload = CampusSession.signIn(base(), OTHER_ADVISOR).get("staff/students").body();
        assertFalse(otherCaseload.contains(OWNER_NUMBER), "another advisor's list does not show the owner");
    }

    @Test
    void mainPagesRunAFewStatementsNotOnePerRow() throws SQLException {
        // More students on the caseload than one page shows, so a query per row could not hide.
        for (int i = 0; i < 30; i++) {
            long id = ItDatabase.insertStudent("NQ" + UUID.randomUUID().toString().substring(0, 8), "Row" + i,
                    "Plus", "row" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@students.it.example");
            ItDatabase.assignCaseload(caseloadAdvisorId, id);
        }
        for (int i = 0; i < 30; i++) {
            ItDatabase.insertPrivateConnector(ownerStudentId, "Listed Person " + i);
            ItDatabase.insertDirectoryConnector("Listed Volunteer " + i + " " + OWNER_NUMBER);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        CampusSession student = CampusSession.signIn(base(), OWNER);
        counts.put("student/connectors (25 of 31 rows)", student.statementsFor("student/connectors"));
        counts.put("student/connector", student.statementsFor("student/connector?id=" + ownerConnectorId));
        counts.put("student/directory", student.statementsFor("student/directory"));
        counts.put("student/notes", student.statementsFor("student/notes"));
        int emptyNote = student.statementsFor("student/note?id=" + ownerNoteId);
        for (int i = 0; i < 6; i++) {
            ItDatabase.insertHypothesisWithHistory(ownerNoteId, ownerConnectorId, 3);
        }
        int fullNote = student.statementsFor("student/note?id=" + ownerNoteId);
        assertEquals(emptyNote, fullNote, "six hypotheses with three outcomes each cost no extra statements");
        // The note page has five sections (sources, findings, hypotheses, news, salary), each loaded once.
        assertTrue(fullNote <= 16, "student/note ran " + fullNote + " statements");
        int shortList = student.statementsFor("student/meeting?id=" + ownerMeetingId);
        int shortMode = student.statementsFor("student/meeting-mode?id=" + ownerMeetingId);
        for (int i = 2; i < 14; i++) {
            ItDatabase.insertMeetingQuestion(ownerMeetingId, i, "Follow-up question number " + i, null, 2);
        }
        int longList = student.statementsFor("student/meeting?id=" + ownerMeetingId);
        assertEquals(shortList, longList, "a list of 14 questions costs what a list of 2 does");
        assertEquals(shortMode, student.statementsFor("student/meeting-mode?id=" + ownerMeetingId),
                "meeting mode with 14 questions costs what it does with 2");
        // The meeting page shows the plan, the list, the bank picker, what the notebook offers and, since the
        // lifecycle, what happens next (the meeting's acts, objections and timeline, loaded by their own section).
        assertTrue(longList <= 18, "student/meeting ran " + longList + " statements");
        assertTrue(shortMode <= 16, "student/meeting-mode ran " + shortMode + " statements");
        counts.put("student/meetings", student.statementsFor("student/meetings"));
        counts.put("student/tasks", student.statementsFor("student/tasks"));
        counts.put("student/outcomes", student.statementsFor("student/outcomes"));
        // Referrals: a chain of five people and a name, stale ones flagged, figures and the research list.
        List<Long> chain = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            chain.add(ItDatabase.insertPrivateConnector(ownerStudentId, "Chain Person " + i));
        }
        ItDatabase.insertReferralChain(ownerStudentId, ownerConnectorId, chain);
        int referralsPage = student.statementsFor("student/referrals");
        assertTrue(referralsPage <= 14, "student/referrals (6 referrals) ran " + referralsPage + " statements");
        for (int i = 0; i < 6; i++) {
            chain.add(ItDatabase.insertPrivateConnector(ownerStudentId, "Chain Person " + (5 + i)));
        }
        ItDatabase.insertReferralChain(ownerStudentId, chain.get(4), chain.subList(5, 11));
        assertEquals(referralsPage, student.statementsFor("student/referrals"), "13 referrals cost what 6 do");
        int composer = student.statementsFor("student/meeting-message?id=" + ownerMeetingId + "&kind=REQUEST");
        counts.put("organisations/list", student.statementsFor("organisations/list"));
        counts.put("student/org-chart", student.statementsFor("student/org-chart?organisation=" + organisationId));
        // The dashboard: tasks due and their count, the pipeline by state, upcoming and planned meetings, each once.
        int home = student.statementsFor("student/home");
        // Since referral chains, also the referrals with no progress lately (one query).
        assertTrue(home <= 10, "student/home ran " + home + " statements");
        counts.put("student/profile", student.statementsFor("student/profile"));
        CampusSession advisor = CampusSession.signIn(base(), CASELOAD_ADVISOR);
        counts.put("staff/students (25 of 31 rows)", advisor.statementsFor("staff/students"));
        counts.put("staff/student", advisor.statementsFor("staff/student?id=" + ownerStudentId));
        counts.put("staff/connectors", advisor.statementsFor("staff/connectors?student=" + ownerStudentId));
        counts.put("staff/directory", advisor.statementsFor("staff/directory"));
        counts.put("staff/notes", advisor.statementsFor("staff/notes?student=" + ownerStudentId));
        int advisorNote = advisor.statementsFor("staff/note?id=" + ownerNoteId);
        assertTrue(advisorNote <= 16, "staff/note (6 hypotheses, 18 outcomes) ran " + advisorNote + " statements");
        counts.put("staff/org-chart", advisor.statementsFor("staff/org-chart?id=" + sharedChartId));
        counts.put("staff/meetings", advisor.statementsFor("staff/meetings?student=" + ownerStudentId));
        int advisorMeeting = advisor.statementsFor("staff/meeting?id=" + ownerMeetingId);
        // The advisor's meeting page also shows the lifecycle section (state, schedule, objections, timeline).
        assertTrue(advisorMeeting <= 15, "staff/meeting (14 questions) ran " + advisorMeeting + " statements");
        int advisorReferrals = advisor.statementsFor("staff/referrals?student=" + ownerStudentId);
        assertTrue(advisorReferrals <= 12, "staff/referrals ran " + advisorReferrals + " statements");
        counts.put("staff/question-bank", advisor.statementsFor("staff/question-bank"));
        counts.put("staff/templates", advisor.statementsFor("staff/templates"));
        counts.put("staff/mail", advisor.statementsFor("staff/mail"));
        CampusSession admin = CampusSession.signIn(base(), ADMIN);
        counts.put("staff/students as admin", admin.statementsFor("staff/students"));
        counts.put("admin/accounts", admin.statementsFor("admin/accounts"));
        counts.put("admin/audit", admin.statementsFor("admin/audit"));
        counts.put("admin/caseloads", admin.statementsFor("admin/caseloads"));
        counts.put("admin/directory-merge", admin.statementsFor("admin/directory-merge"));
        System.out.println("SQL statements per page: " + counts + "; student/meeting with 2 and 14 questions: "
                + shortList + "/" + longList + ", meeting mode: " + shortMode + ", staff/meeting (14): "
                + advisorMeeting + ", composer: " + composer + ", student/referrals: " + referralsPage
                + ", staff/referrals: " + advisorReferrals);
        counts.forEach((page, statements) -> assertTrue(statements <= 8,
                page + " ran " + statements + " statements; a list must not query once per row"));
    }

    @Test
    void aRecordThatDoesNotExistIsNotFound() {
        CampusSession admin = CampusSession.signIn(base(), ADMIN);
        assertEquals(404, admin.get("staff/student?id=987654321987").statusCode());
        assertEquals(404, admin.get("staff/student").statusCode());
    }

    @Test
    void staffLooksAndRefusalsAreAudited() throws SQLException {
        long viewsBefore = ItDatabase.countAudit("STUDENT_RECORD_VIEWED", CASELOAD_ADVISOR.subject(), ownerStudentId);
        long deniedBefore = ItDatabase.countAudit("ACCESS_DENIED", OTHER_ADVISOR.subject(), ownerStudentId);
        long pageDeniedBefore = ItDatabase.countAudit("ACCESS_DENIED", OWNER.subject(), null);

        assertEquals(ALLOW, CampusSession.signIn(base(), CASELOAD_ADVISOR)
                .get("staff/student?id=" + ownerStudentId).statusCode());
        assertEquals(DENY, CampusSession.signIn(base(), OTHER_ADVISOR)
                .get("staff/student?id=" + ownerStudentId).statusCode());
        assertEquals(DENY, CampusSession.signIn(base(), OWNER).get("admin/home").statusCode());

        assertEquals(viewsBefore + 1,
                ItDatabase.countAudit("STUDENT_RECORD_VIEWED", CASELOAD_ADVISOR.subject(), ownerStudentId));
        assertEquals(deniedBefore + 1, ItDatabase.countAudit("ACCESS_DENIED", OTHER_ADVISOR.subject(), ownerStudentId));
        assertEquals(pageDeniedBefore + 1, ItDatabase.countAudit("ACCESS_DENIED", OWNER.subject(), null));
        long signInsBefore = ItDatabase.countAudit("SIGN_IN", ADMIN.subject(), null);
        CampusSession.signIn(base(), ADMIN);
        assertEquals(signInsBefore + 1, ItDatabase.countAudit("SIGN_IN", ADMIN.subject(), null));
    }

    @Test
    void signInGivesANewSessionId() {
        CampusSession visitor = CampusSession.signedOut(base());
        visitor.get("");
        String before = visitor.sessionId();
        Persona persona = Persona.of("owner", "Olivia Owner", "students").withSubject(OWNER.subject());
        CampusSession.queue(persona);
        HttpResponse<String> landed = visitor.getFollowingRedirects("signin");
        assertEquals(200, landed.statusCode());
        assertNotNull(visitor.sessionId());
        assertNotEquals(before, visitor.sessionId(), "the session id must change at sign-in");
    }

    @Test
    void signingInAgainReturnsToThePageAskedForButNeverToAnotherSite() {
        CampusSession back = CampusSession.signedOut(base());
        CampusSession.queue(OWNER);
        HttpResponse<String> landed = back.getFollowingRedirects("signin-start?return=/rapport/student/profile");
        assertEquals("/rapport/student/profile", landed.uri().getPath());

        CampusSession bookmarked = CampusSession.signedOut(base());
        CampusSession.queue(OWNER);
        HttpResponse<String> direct = bookmarked.getFollowingRedirects("student/profile");
        assertEquals("/rapport/student/profile", direct.uri().getPath(),
                "a protected page opened while signed out is shown after sign-in");

        CampusSession elsewhere = CampusSession.signedOut(base());
        CampusSession.queue(OWNER);
        HttpResponse<String> safe = elsewhere.getFollowingRedirects("signin-start?return=https://evil.example/");
        assertEquals("/rapport/student/home", safe.uri().getPath());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> response = CampusSession.signedOut(base()).get("index");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(response.body().contains("jsessionid"), "no session id in links");
    }

    @Test
    void anAccountWithoutARoleIsToldSoAndRolesGrantedInRapportAreMerged() throws SQLException {
        Persona newcomer = Persona.of("newcomer", "Nina Newcomer", null);
        CampusSession first = CampusSession.signIn(base(), newcomer);
        assertEquals("/rapport/no-access", first.landedOn());
        assertTrue(first.get("no-access").body().contains("has no access to Rapport yet"));
        assertEquals(DENY, first.get("staff/students").statusCode());

        ItDatabase.grantRole(newcomer.subject(), "ADVISOR");
        CampusSession again = CampusSession.signIn(base(), newcomer);
        assertEquals("/rapport/staff/students", again.landedOn());
        assertEquals(ALLOW, again.get("staff/students").statusCode());
    }

    @Test
    void theConfiguredFirstAdministratorIsAnAdministrator() {
        Persona firstAdmin = Persona.of("first", "Fay First", null).withSubject("it-first-admin");
        CampusSession session = CampusSession.signIn(base(), firstAdmin);
        assertEquals("/rapport/admin/home", session.landedOn());
        assertEquals(ALLOW, session.get("admin/home").statusCode());
    }

    @Test
    void aTokenWithoutTheEmailClaimIsExplained() {
        Persona noEmail = Persona.of("student", "Ned Noemail", "students").withoutEmail();
        CampusSession session = CampusSession.signIn(base(), noEmail);
        assertEquals("/rapport/no-access", session.landedOn());
        assertTrue(session.get("no-access").body().contains("(the \"email\" claim)"));
    }

    @Test
    void aTamperedCallbackIsRejectedAndAudited() throws SQLException {
        long before = ItDatabase.countAnonymousAudit("SIGN_IN_FAILED", "/callback");
        HttpResponse<String> response = CampusSession.signedOut(base()).get("callback?code=forged&state=forged-state");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("We could not complete your sign-in"));
        assertEquals(before + 1, ItDatabase.countAnonymousAudit("SIGN_IN_FAILED", "/callback"));
    }

    @Test
    void whenCampusSignInIsDownPeopleAreToldAndRapportRecoversWhenItReturns() {
        CampusSession session = CampusSession.signedOut(base());
        String callback = session.signInUpToTheCallback(OWNER);
        ItEnvironment.withCampusProviderDown(() -> {
            HttpResponse<String> response = session.sendTo(callback);
            assertEquals(503, response.statusCode());
            assertTrue(response.body().contains("Campus sign-in is unavailable right now"));
        });
        assertEquals("/rapport/student/home", CampusSession.signIn(base(), OWNER).landedOn(),
                "sign-in works again once the provider is back, without restarting Rapport");
    }

    @Test
    void signingOutEndsTheSessionAndIsHarmlessWhenSignedOut() throws SQLException {
        CampusSession student = CampusSession.signIn(base(), OWNER);
        long before = ItDatabase.countAudit("SIGN_OUT", OWNER.subject(), null);
        HttpResponse<String> out = student.post("signout");
        assertEquals(200, out.statusCode());
        assertTrue(out.body().contains("You have signed out"), out.uri().toString());
        assertEquals(SIGN_IN, student.get("student/home").statusCode());
        assertEquals(before + 1, ItDatabase.countAudit("SIGN_OUT", OWNER.subject(), null));

        HttpResponse<String> again = CampusSession.signedOut(base()).post("signout");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("You have signed out"));
    }
}
