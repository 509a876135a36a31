package org.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
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
 * The staff mail page in Chromium: an advisor reaches it from the menu, sees that mail is not configured (the test
 * environment sets no SMTP host) and why, the outbox by state, and a mail whose send was interrupted with its error;
 * they retry it, and "send due mail now" runs the scheduler, which sends nothing without a server. axe-core checks
 * the page before and after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailStatusBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Persona ADVISOR = Persona.of("advisor", "Ines Okafor", "career-advisors");
    private static final String SUBJECT = "Reminder: Send the thank-you \u2014 Dana Whitfield " + RUN;

    private static long mailId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        ItDatabase.insertAdvisor("Ines", "Okafor", ADVISOR.email());
        long student = ItDatabase.insertStudent("ML" + RUN, "Mina", "Mailer", "mina." + RUN + "@students.it.example");
        // Oldest first on the page: the interrupted mail is on its first page whatever other tests left behind.
        LocalDateTime longAgo = LocalDateTime.of(2001, 1, 1, 9, 0);
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
            insert.setString(6, SUBJECT);
            insert.setObject(7, longAgo);
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
    void anAdvisorSeesMailIsNotConfiguredRetriesAnInterruptedMailAndRunsTheScheduler() throws SQLException {
        signIn(page, url(""), ADVISOR);
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mail").setExact(true)).click();
        settle();
        assertAccessible();
        assertEquals("Mail and reminders", page.locator("h1").innerText());
        String notice = page.locator("#not-configured").innerText();
        assertTrue(notice.contains("Mail is not configured") && notice.contains("RAPPORT_SMTP_HOST"), notice);
        assertTrue(Long.parseLong(page.locator("[id='count-FAILED']").innerText()) >= 1);

        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(SUBJECT));
        assertTrue(row.innerText().contains(OutboxEntry.INTERRUPTED), row.innerText());
        assertTrue(row.innerText().contains("Failed"), row.innerText());
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry now: " + SUBJECT)).click();
        settle();
        assertTrue(page.locator("[id='outbox:messages']").innerText().contains("will be sent at the next run"));
        assertEquals("PENDING", stateOfMail());
        assertTrue(row.innerText().contains("Waiting"), "still listed, with its last error: " + row.innerText());
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send due mail now")).click();
        settle();
        String said = page.locator("[id='outbox:messages']").innerText();
        assertTrue(said.contains("Mail is not configured, so nothing was sent."), said);
        assertEquals("PENDING", stateOfMail(), "without a server nothing is sent and nothing is lost");
        assertAccessible();
    }

    private static String stateOfMail() throws SQLException {
        return ItDatabase.readOne("select state from mail_outbox where id = ?", mailId);
    }
}
