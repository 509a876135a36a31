package org.rapport.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.Persona;

/**
 * Connectors in Chromium: a student adds a connector with what they value and sees the matching suggestions, is
 * warned about a duplicate, gets field messages for bad input, asks the directory (one volunteer fully asked, so
 * another is offered), and meets a conflict without losing what they typed; the caseload advisor reads the list.
 * axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectorsBrowserIT extends BrowserTestBase {

    private static final Persona STUDENT = Persona.of("student", "Lena Marchetti", "students");
    private static final Persona CONFLICT_STUDENT = Persona.of("student", "Kofi Mensah", "students");
    private static final Persona ASKER = Persona.of("student", "Ruth Abara", "students");
    private static final Persona ADVISED = Persona.of("student", "Pablo Ibarra", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Abel Adeyemi", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Ada Merger", "career-admins");
    private static final AtomicLong IDS = new AtomicLong(7_000_000_000L
            + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1_000);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String ORGANISATION = "Harbourline Freight " + RUN;

    private static long advisedId;
    private static long survivorId;
    private static long duplicateId;
    private static long copyOfDuplicateId;
    private static long conflictConnectorId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        ItDatabase.insertStudent("CB" + RUN, "Lena", "Marchetti", STUDENT.email());
        ItDatabase.insertStudent("CA" + RUN, "Ruth", "Abara", ASKER.email());
        advisedId = ItDatabase.insertStudent("CD" + RUN, "Pablo", "Ibarra", ADVISED.email());
        long conflictStudentId = ItDatabase.insertStudent("CC" + RUN, "Kofi", "Mensah", CONFLICT_STUDENT.email());
        long advisorId = ItDatabase.insertAdvisor("Abel", "Adeyemi", ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, advisedId);
        long organisationId = insert("insert into organisation (id, version, created_at, updated_at, name, industry,"
                + " size_band) values (?, 0, ?, ?, '" + ORGANISATION + "', 'TRANSPORT_AND_LOGISTICS', 'LARGE')");
        long fullyAsked = insertVolunteer("Greta Fullbook " + RUN, organisationId, 1);
        insertVolunteer("Omar Hasroom " + RUN, organisationId, null);
        // Someone else's open request fills Greta's cap of one.
        long otherCopy = insert("insert into connector (id, version, created_at, updated_at, owner_student_id,"
                + " directory_source_id, full_name, name_key, acquaintance, warm_referrals_only, archived)"
                + " values (?, 0, ?, ?, " + conflictStudentId + ", " + fullyAsked + ", 'Greta Fullbook',"
                + " 'greta fullbook', 'COLD', false, false)");
        insert("insert into directory_request (id, version, created_at, updated_at, directory_connector_id,"
                + " student_id, private_connector_id, requested_at, counts_until, state) values (?, 0, ?, ?, "
                + fullyAsked + ", " + conflictStudentId + ", " + otherCopy + ", now(6), now(6) + interval 30 day,"
                + " 'OPEN')");
        survivorId = insert("insert into connector (id, version, created_at, updated_at, full_name, name_key, email,"
                + " acquaintance, warm_referrals_only, archived, consent_given_on, consent_scope) values (?, 0, ?, ?,"
                + " 'Dora Twice " + RUN + "', 'dora twice " + RUN.toLowerCase() + "', 'dora." + RUN + "@example.org',"
                + " 'COLD', false, false, '2026-09-01', 'All students')");
        duplicateId = insert("insert into connector (id, version, created_at, updated_at, full_name, name_key, email,"
                + " phone, acquaintance, warm_referrals_only, archived, consent_given_on, consent_scope) values (?, 0,"
                + " ?, ?, 'D. Twice " + RUN + "', 'd twice " + RUN.toLowerCase() + "', 'Dora." + RUN
                + "@example.org', '+1 312 555 0199', 'COLD', false, false, '2026-10-01', 'All students')");
        copyOfDuplicateId = insert("insert into connector (id, version, created_at, updated_at, owner_student_id,"
                + " directory_source_id, full_name, name_key, acquaintance, warm_referrals_only, archived)"
                + " values (?, 0, ?, ?, " + conflictStudentId + ", " + duplicateId + ", 'D. Twice', 'd twice',"
                + " 'COLD', false, false)");
        insert("insert into directory_request (id, version, created_at, updated_at, directory_connector_id,"
                + " student_id, private_connector_id, requested_at, counts_until, state) values (?, 0, ?, ?, "
                + duplicateId + ", " + conflictStudentId + ", " + copyOfDuplicateId + ", now(6),"
                + " now(6) + interval 30 day, 'OPEN')");
        conflictConnectorId = insert("insert into connector (id, version, created_at, updated_at, owner_student_id,"
                + " full_name, name_key, title, acquaintance, warm_referrals_only, archived) values (?, 0, ?, ?, "
                + conflictStudentId + ", 'Sana Qureshi', 'sana qureshi', 'Analyst', 'COLD', false, false)");
    }

    private static long insertVolunteer(String name, long organisationId, Integer cap) throws SQLException {
        return insert("insert into connector (id, version, created_at, updated_at, full_name, name_key, title,"
                + " organisation_id, industry, level, acquaintance, warm_referrals_only, archived, consent_given_on,"
                + " consent_scope, cap_requests, cap_days) values (?, 0, ?, ?, '" + name + "', '"
                + name.toLowerCase() + "', 'Operations Manager', " + organisationId + ", 'TRANSPORT_AND_LOGISTICS',"
                + " 'MID_CAREER', 'COLD', false, false, '2026-09-01', 'All students', " + cap + ", "
                + (cap == null ? "null" : "30") + ")");
    }

    private static long insert(String sql) throws SQLException {
        long id = IDS.incrementAndGet();
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
            s.setLong(1, id);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.executeUpdate();
        }
        return id;
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private void signInAs(Page target, Persona persona) {
        signIn(target, url(""), persona);
    }

    private void fill(String field, String text) {
        page.locator("[id='connector:" + field + "']").fill(text);
    }

    private void save(String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
        settle();
    }

    @Test
    void aStudentAddsAConnectorWithWhatTheyValueAndIsWarnedAboutADuplicate() {
        signInAs(page, STUDENT);
        visit(url("student/connectors"));
        assertTrue(page.locator("#empty-state").innerText().contains("You have no connectors yet"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a connector")).click();
        settle();
        assertAccessible();

        // Bad input first: each message stands next to its field, and nothing is saved.
        fill("fullName", "Marguerite Okonjo");
        fill("email", "not-an-address");
        fill("profileUrl", "javascript:alert(1)");
        fill("phone", "call me maybe");
        save("Save connector");
        assertTrue(page.locator("[id='connector:email']").locator("xpath=..").innerText()
                .contains("Enter an e-mail address such as"));
        assertTrue(page.locator("[id='connector:profileUrl']").locator("xpath=..").innerText()
                .contains("starting with http"));
        assertTrue(page.locator("[id='connector:phone']").locator("xpath=..").innerText().contains("phone number"));
        assertAccessible();

        fill("email", "m.okonjo@harbourline.example");
        fill("profileUrl", "https://profiles.example/okonjo");
        fill("phone", "+1 312 555 0147");
        fill("title", "Director of Operations");
        page.locator("[id='connector:organisationName_input']").pressSequentially("Harbourline Freight " + RUN,
                new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        page.locator("li[data-item-label='" + ORGANISATION + "']").click();
        page.locator("[id='connector:timeZone']").selectOption("America/Chicago");
        page.locator("[id='connector:level']").selectOption("SENIOR");
        page.locator("[id='connector:interests:2:marked']").check();
        page.locator("[id='connector:interests:2:evidence']").fill("Calendar full weeks ahead");
        page.locator("[id='connector:interests:6:marked']").check();
        save("Save connector");
        page.waitForURL(u -> u.contains("/student/connector?id="));
        settle();
        assertAccessible();
        assertEquals("Marguerite Okonjo", page.locator("h1").innerText());
        String suggestions = page.locator("[id='connector:suggestions']").innerText();
        assertTrue(suggestions.contains("Offer to come to them"), suggestions);
        assertTrue(suggestions.contains("Calendar full weeks ahead"), suggestions);
        assertTrue(suggestions.contains("respectful, deferential tone"), suggestions);

        // The same e-mail (other case) under another name: a warning offering the existing record.
        visit(url("student/connector"));
        fill("fullName", "M. Okonjo");
        fill("email", "M.Okonjo@Harbourline.example");
        save("Save connector");
        String warning = page.locator("[id='connector:duplicates']").innerText();
        assertTrue(warning.contains("Is this someone you already have?"), warning);
        assertTrue(warning.contains("Open Marguerite Okonjo"), warning);
        assertAccessible();
        save("Save anyway: this is a different person");
        page.waitForURL(u -> u.contains("/student/connector?id="));

        visit(url("student/connectors"));
        typeAndWaitForAjax(page, page.locator("[id='connectors:text']"), "harbourline");
        String table = page.locator("[id='connectors:table']").innerText();
        assertTrue(table.contains("Marguerite Okonjo") && table.contains(ORGANISATION), table);
        assertFalse(table.contains("M. Okonjo"), "the second record has no organisation: " + table);
    }

    @Test
    void aFullyAskedVolunteerIsNotPiledOnAndAnotherIsOffered() {
        signInAs(page, ASKER);
        visit(url("student/directory"));
        typeAndWaitForAjax(page, page.locator("[id='directory:text']"), RUN);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to meet Greta Fullbook " + RUN))
                .click();
        settle();
        String outcome = page.locator("[id='directory:messages']").innerText();
        assertTrue(outcome.contains("already has one open request from students"), outcome);
        assertTrue(page.locator("[id='directory:outcome']").innerText().contains("Omar Hasroom " + RUN));
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to meet Omar Hasroom " + RUN))
                .click();
        settle();
        assertTrue(page.locator("[id='directory:messages']").innerText().contains("Added Omar Hasroom " + RUN));
        page.locator("[id='directory:open-added']").click();
        page.waitForURL(u -> u.contains("/student/connector?id="));
        settle();
        assertEquals("Omar Hasroom " + RUN, page.locator("h1").innerText());
        assertAccessible();

        // The request refers to this copy, so it cannot be deleted; archiving keeps the history.
        save("Delete");
        String refusal = page.locator("[id='connector:messages']").innerText();
        assertTrue(refusal.contains("cannot be deleted") && refusal.contains("Archive the connector instead"),
                refusal);
        assertTrue(refusal.contains("Still referring to this connector: 1 connector or directory record(s)"),
                refusal);
        save("Archive");
        assertTrue(page.locator("[id='connector:messages']").innerText().contains("Archived Omar Hasroom " + RUN));
        assertTrue(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore")).isVisible());
        assertAccessible();
    }

    @Test
    void theCaseloadAdvisorReadsTheStudentsConnectorsButCannotEditThem() throws SQLException {
        insert("insert into connector (id, version, created_at, updated_at, owner_student_id, full_name, name_key,"
                + " title, notes, acquaintance, warm_referrals_only, archived) values (?, 0, ?, ?, " + advisedId
                + ", 'Tomasz Wierzbicki', 'tomasz wierzbicki', 'Partner', '<b>bold?</b> <script>alert(1)</script>',"
                + " 'MET_BEFORE', true, false)");
        signInAs(page, ADVISOR);
        visit(url("staff/student?id=" + advisedId));
        page.locator("#student-connectors").click();
        settle();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomasz Wierzbicki")).click();
        settle();
        assertAccessible();
        assertTrue(page.url().contains("/staff/connector?id="));
        assertTrue(page.locator(".r-record").innerText().contains("<script>alert(1)</script>"),
                "notes are shown as text, not run");
        assertEquals(0, page.locator("input[type=text]").count(), "the advisor's view is read-only");
    }

    @Test
    void aConcurrentEditShowsAConflictAndKeepsWhatWasTyped() {
        signInAs(page, CONFLICT_STUDENT);
        visit(url("student/connector?id=" + conflictConnectorId));
        Page other = openSecondBrowser();
        signInAs(other, CONFLICT_STUDENT);
        other.navigate(url("student/connector?id=" + conflictConnectorId));
        other.locator("[id='connector:title']").fill("Senior Analyst");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save connector")).click();
        other.waitForSelector("text=Saved Sana Qureshi");

        fill("title", "Associate Director");
        save("Save connector");
        assertTrue(page.locator("[id='connector:messages']").innerText().contains("Someone else changed"),
                page.locator("[id='connector:messages']").innerText());
        assertEquals("Associate Director", page.locator("[id='connector:title']").inputValue(),
                "the student's typing is kept");
        assertAccessible();
    }

    @Test
    void anAdministratorMergesDirectoryDuplicatesWithoutLosingHistory() throws SQLException {
        signInAs(page, ADMIN);
        visit(url("admin/directory-merge"));
        com.microsoft.playwright.Locator pair = page.locator("section").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Dora Twice " + RUN));
        assertTrue(pair.innerText().contains("D. Twice " + RUN), pair.innerText());
        pair.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Keep A, merge B into it")).click();
        settle();
        assertTrue(page.locator("[id='merge:messages']").innerText().contains("Merged D. Twice " + RUN
                + " into Dora Twice " + RUN), page.locator("[id='merge:messages']").innerText());
        assertAccessible();

        try (Connection c = ItDatabase.connect(); java.sql.Statement q = c.createStatement()) {
            java.sql.ResultSet merged = q.executeQuery("select archived, merged_into_id from connector where id = "
                    + duplicateId);
            merged.next();
            assertTrue(merged.getBoolean(1), "the duplicate stays, archived");
            assertEquals(survivorId, merged.getLong(2));
            java.sql.ResultSet kept = q.executeQuery("select phone from connector where id = " + survivorId);
            kept.next();
            assertEquals("+1 312 555 0199", kept.getString(1), "the survivor fills its gaps from the duplicate");
            java.sql.ResultSet copy = q.executeQuery("select directory_source_id from connector where id = "
                    + copyOfDuplicateId);
            copy.next();
            assertEquals(survivorId, copy.getLong(1), "students' copies now point to the survivor");
            java.sql.ResultSet request = q.executeQuery("select count(*) from directory_request"
                    + " where directory_connector_id = " + survivorId);
            request.next();
            assertEquals(1, request.getLong(1), "the request now counts against the survivor's cap");
        }
        assertEquals(0, page.locator("section").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Dora Twice " + RUN)).count(), "the pair is gone from the list");
        assertTrue(ItDatabase.countAudit("DIRECTORY_CONNECTOR_MERGED", ADMIN.subject(), null) >= 1);
    }
}
