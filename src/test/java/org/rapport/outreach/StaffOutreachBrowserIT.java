package org.rapport.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.reminders.OutboxEntry;
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.ItMailServer;
import org.rapport.testsupport.Persona;

/**
 * The two office pages of outreach in Chromium, in one deployment.
 * <p>
 * Templates: an advisor sees the starter templates, filters them by kind, rewrites one (an
 * unknown placeholder is refused next to the body and nothing is saved; fixed, it is saved and its version moves),
 * retires and restores it, and previews it filled with a fictional connector; students are refused the page.
 * axe-core checks every state. The test edits its own template, so the starter templates stay as shipped.
 * <p>
 * Mail: an advisor reaches the page from the menu and sees the office's settings (never a password), the outbox by
 * state and a mail whose send was interrupted, with its error. They retry it while the mail server is down: the run
 * reports the failure and the mail waits with the new error; with the server (GreenMail) back, the next run
 * delivers it once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffOutreachBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Persona ADVISOR = Persona.of("advisor", "Imogen Tally", "career-advisors");
    private static final Persona STUDENT = Persona.of("student", "Otto Brenner", "students");
    private static final Pattern TOTAL = Pattern.compile("of (\\d+)");
    private static final String NAME = "Gentle nudge " + RUN;
    private static final String MAIL_SUBJECT = "Reminder: Send the thank-you \u2014 Dana Whitfield " + RUN;

    private static long mailId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        ItDatabase.insertAdvisor("Imogen", "Tally", ADVISOR.email());
        ItDatabase.insertStudent("TP" + RUN, "Otto", "Brenner", STUDENT.email());
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "insert into message_template (id, version, created_at, updated_at, kind, channel, name, subject,"
                        + " body, retired) values (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6), 'FOLLOW_UP', 'EMAIL', ?, ?, ?, FALSE)")) {
            s.setString(1, NAME);
            s.setString(2, "Following up, {connectorFirstName}");
            s.setString(3, "Dear {connectorName},\nI wrote last week to ask for {minutes} minutes of your time.");
            s.executeUpdate();
        }
        long student = ItDatabase.insertStudent("ML" + RUN, "Mina", "Mailer", "mina." + RUN + "@students.it.example");
        // Oldest first on the page: the interrupted mail is on its first page whatever other tests left behind.
        String sql = "INSERT INTO mail_outbox (id, version, created_at, updated_at, kind, dedupe_key, student_id,"
                + " to_address, subject, body, state, attempts, next_attempt_at, last_error)"
                + " VALUES (NEXTVAL(rapport_id_seq), 0, ?, ?, 'REMINDER', ?, ?, ?, ?, 'Hello Mina,', 'FAILED', 1, ?, ?)"
                + " RETURNING id";
        try (Connection c = ItDatabase.connect(); PreparedStatement insert = c.prepareStatement(sql)) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            insert.setObject(1, now);
            insert.setObject(2, now);
            insert.setString(3, "REM-BROWSER:" + RUN);
            insert.setLong(4, student);
            insert.setString(5, "mina." + RUN + "@students.it.example");
            insert.setString(6, MAIL_SUBJECT);
            insert.setObject(7, LocalDateTime.of(2001, 1, 1, 9, 0));
            insert.setString(8, OutboxEntry.INTERRUPTED);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                mailId = id.getLong(1);
            }
        }
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    @Test
    void anAdvisorFiltersEditsRetiresRestoresAndPreviewsATemplate() throws SQLException {
        signIn(page, url(""), ADVISOR);
        visit(url("staff/templates"));
        assertEquals("Message templates", page.locator("h1").innerText());
        int total = totalShown();
        assertEquals(count("select count(*) from message_template where retired = FALSE"), total);
        assertTrue(total >= 2, "the starter templates and the test's own: " + total);

        choose("list:kind", "REQUEST");
        assertTrue(rows().count() >= 1, "the starter request templates");
        assertEquals(count("select count(*) from message_template where retired = FALSE and kind = 'REQUEST'"),
                totalShown(), "only requests are listed");
        String requestLabel = rows().first().locator("td").nth(1).innerText().strip();
        for (Locator row : rows().all()) {
            assertEquals(requestLabel, row.locator("td").nth(1).innerText().strip(), "one kind only");
        }
        choose("list:kind", "FOLLOW_UP");
        typeAndWaitForAjax(page, page.locator("[id='list:words']"), RUN);
        assertEquals(1, rows().count());
        assertAccessible();

        long id = idOf(NAME);
        button("Edit: " + NAME).click();
        settle();
        assertEquals("Edit a template", page.locator("#template-heading").innerText());
        assertEquals(NAME, page.locator("[id='template:name']").inputValue());

        // An unknown placeholder: refused next to the body, the typing kept, nothing saved.
        String bad = "Dear {connectorName},\nMy {boss} said I should follow up on my note.";
        page.locator("[id='template:body']").fill(bad);
        click("[id='template:save']");
        String refusal = fieldOf("body").innerText();
        assertTrue(refusal.contains("{boss}") && refusal.contains("{connectorName}")
                && refusal.contains("{referrerName}"), refusal);
        assertEquals(bad, page.locator("[id='template:body']").inputValue(), "what was typed stays");
        assertEquals("0", ItDatabase.readOne("select version from message_template where id = ?", id));
        assertAccessible();

        // The preview fills the wording with the sample connector, without saving.
        String good = "Dear {connectorName},\nI wrote last week to ask for {minutes} minutes; {referrerName}"
                + " thought you might be willing.";
        page.locator("[id='template:body']").fill(good);
        click("[id='template:showPreview']");
        String preview = page.locator("#preview-body").innerText();
        assertTrue(preview.contains("Dear Dana Whitfield,") && preview.contains("20 minutes")
                && preview.contains("Sam Okafor"), preview);
        assertTrue(page.locator("[id='preview']").innerText().contains("Following up, Dana"));
        assertEquals("0", ItDatabase.readOne("select version from message_template where id = ?", id));
        assertAccessible();

        click("[id='template:save']");
        assertTrue(page.locator("[id='template:messages']").innerText().contains("Your changes are saved."));
        assertEquals(good, ItDatabase.readOne("select body from message_template where id = ?", id));
        assertEquals("1", ItDatabase.readOne("select version from message_template where id = ?", id));

        // Retire: gone from the live list, listed under retired; restore brings it back.
        button("Retire: " + NAME).click();
        settle();
        assertTrue(page.locator("[id='list:messages']").innerText().contains("students no longer see it"));
        assertEquals(0, rows().count());
        assertEquals("1", ItDatabase.readOne("select retired from message_template where id = ?", id));
        choose("list:status", "true");
        assertEquals(1, rows().count());
        assertAccessible();
        button("Restore: " + NAME).click();
        settle();
        assertTrue(page.locator("[id='list:messages']").innerText().contains("live again"));
        assertEquals("0", ItDatabase.readOne("select retired from message_template where id = ?", id));
        choose("list:status", "false");
        assertEquals(1, rows().count());

        // The placeholders are listed with what each means.
        String placeholders = page.locator(".r-tpl-placeholders").innerText();
        assertTrue(placeholders.contains("{referrerName}") && placeholders.contains("{windows}")
                && placeholders.contains("connector's time zone"), placeholders);
    }

    @Test
    void anAdvisorSeesTheMailSettingsAnOutageAndThenTheRetriedMailDelivered() throws Exception {
        signIn(page, url(""), ADVISOR);
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mail").setExact(true)).click();
        settle();
        assertAccessible();
        assertEquals("Mail and reminders", page.locator("h1").innerText());
        // The build configures mail as an office would (127.0.0.1, plain SMTP); the password is never shown.
        String server = page.locator("#configured").innerText();
        assertTrue(server.contains("Mail is configured") && server.contains("127.0.0.1:")
                && server.contains("None (plain SMTP)") && server.contains("No sign-in"), server);
        assertTrue(Long.parseLong(page.locator("[id='count-FAILED']").innerText()) >= 1);

        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(MAIL_SUBJECT));
        assertTrue(row.innerText().contains(OutboxEntry.INTERRUPTED), row.innerText());
        assertTrue(row.innerText().contains("Failed"), row.innerText());
        button("Retry now: " + MAIL_SUBJECT).click();
        settle();
        assertTrue(page.locator("[id='outbox:messages']").innerText().contains("will be sent at the next run"));
        assertEquals("PENDING", stateOfMail());
        assertTrue(row.innerText().contains("Waiting"), "still listed, with its last error: " + row.innerText());
        assertAccessible();

        // The mail server is down: the run says it failed, the mail waits with the error, nothing is lost.
        for (int run = 0; run < 5 && "1".equals(attemptsOfMail()); run++) {
            button("Send due mail now").click();
            settle();
        }
        assertEquals("2", attemptsOfMail(), "tried once more");
        assertEquals("PENDING", stateOfMail());
        String said = page.locator("[id='outbox:messages']").innerText();
        assertTrue(said.startsWith("Run finished: 0 sent,") && !said.contains(" 0 failed"), said);
        assertFalse(row.innerText().contains(OutboxEntry.INTERRUPTED), "the outage's error replaces the old one");
        assertTrue(row.innerText().contains("Waiting"), row.innerText());
        assertAccessible();

        // The server is back: retried now, the next run delivers it, once.
        try (ItMailServer mailServer = ItMailServer.start()) {
            button("Retry now: " + MAIL_SUBJECT).click();
            settle();
            for (int run = 0; run < 5 && !"SENT".equals(stateOfMail()); run++) {
                button("Send due mail now").click();
                settle();
            }
            assertEquals("SENT", stateOfMail());
            assertTrue(page.locator("[id='outbox:messages']").innerText().startsWith("Run finished:"));
            List<MimeMessage> mails = mailServer.mailsTo("mina." + RUN + "@students.it.example");
            assertEquals(1, mails.size());
            assertEquals(MAIL_SUBJECT, mails.get(0).getSubject());
            assertAccessible();
        }
    }

    private static String attemptsOfMail() throws SQLException {
        return ItDatabase.readOne("select attempts from mail_outbox where id = ?", mailId);
    }

    private static String stateOfMail() throws SQLException {
        return ItDatabase.readOne("select state from mail_outbox where id = ?", mailId);
    }

    @Test
    void studentsAreRefusedBothPages() {
        signIn(page, url(""), STUDENT);
        Response refused = page.navigate(url("staff/templates"));
        assertEquals(403, refused.status());
        assertTrue(page.content().contains("You do not have access to this page"));
        assertFalse(page.content().contains(NAME));
        assertEquals(0, page.locator("[id='template:save']").count());
        assertEquals(403, page.navigate(url("staff/mail")).status());
        assertFalse(page.content().contains(MAIL_SUBJECT));
    }

    // --- helpers ---

    private Locator rows() {
        return page.locator("[id='list:table'] tbody tr[data-ri]");
    }

    private int totalShown() {
        String report = page.locator("[id='list:table'] .ui-paginator-current").first().innerText();
        Matcher total = TOTAL.matcher(report);
        assertTrue(total.find(), report);
        return Integer.parseInt(total.group(1));
    }

    private Locator fieldOf(String field) {
        return page.locator("[id='template:" + field + "']")
                .locator("xpath=ancestor::div[contains(@class,'r-field')][1]");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void choose(String selectId, String value) {
        page.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> page.locator("[id='" + selectId + "']").selectOption(value));
        settle();
    }

    private void click(String selector) {
        page.locator(selector).click();
        settle();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long idOf(String name) throws SQLException {
        try (Connection c = ItDatabase.connect();
             PreparedStatement s = c.prepareStatement("select id from message_template where name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "no template " + name);
                return rows.getLong(1);
            }
        }
    }
}
