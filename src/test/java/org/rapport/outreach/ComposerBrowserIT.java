package org.rapport.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The request composer in Chromium: the template arrives filled (the referrer named), the etiquette checker reacts
 * as the student types (presumptuous wording and asking for a job fail, with their fixes, then pass once fixed),
 * a time is offered in the student's zone and shown in the connector's, the draft saves itself, the mail link
 * carries the words, and marking it sent refuses a future day and then moves the meeting to "requested". Nobody
 * but the meeting's student gets the page. axe-core checks every state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComposerBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicLong NEXT_ID =
            new AtomicLong(7_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L) * 1_000);
    private static final Persona STUDENT = Persona.of("student", "Selma Arvidsson", "students");
    private static final Persona OTHER_STUDENT = Persona.of("student", "Bruno Castaldi", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Greta Lindholm", "career-advisors");
    private static final String CONNECTOR = "Dana Whitfield " + RUN;
    private static final String REFERRER = "Alex Moreno " + RUN;
    private static final String CONNECTOR_EMAIL = "dana." + RUN + "@example.org";

    private static long meetingId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        long studentId = ItDatabase.insertStudent("CB" + RUN, "Selma", "Arvidsson", STUDENT.email());
        ItDatabase.insertStudent("CO" + RUN, "Bruno", "Castaldi", OTHER_STUDENT.email());
        ItDatabase.assignCaseload(ItDatabase.insertAdvisor("Greta", "Lindholm", ADVISOR.email()), studentId);
        long referrerId = ItDatabase.insertPrivateConnector(studentId, REFERRER);
        long connectorId = ItDatabase.insertPrivateConnector(studentId, CONNECTOR);
        update("update connector set referred_by_id = ?, email = ?, time_zone = 'America/New_York',"
                + " preferred_channel = 'EMAIL', acquaintance = 'REFERRED' where id = ?", referrerId, CONNECTOR_EMAIL,
                connectorId);
        update("update student set time_zone = 'UTC' where id = ?", studentId);
        meetingId = ItDatabase.insertMeeting(studentId, connectorId, "Learn how policy researchers start out", 20);
        // Sorts before the office's starter templates, so it is the one the draft starts from.
        insert("message_template", "kind, channel, name, subject, body, retired", "REQUEST", "EMAIL",
                "(IT) Request " + RUN, "Introduction through {referrerName}",
                "Dear {connectorName},\n\n{referrerName} suggested I write to you.\n\nThank you for reading this.",
                false);
    }

    private static void update(String sql, Object... values) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static void insert(String table, String columns, Object... values) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Object[] all = new Object[values.length + 3];
        all[0] = NEXT_ID.incrementAndGet();
        all[1] = now;
        all[2] = now;
        System.arraycopy(values, 0, all, 3, values.length);
        update("insert into " + table + " (id, version, created_at, updated_at, " + columns + ") values (?, 0, ?, ?"
                + ", ?".repeat(values.length) + ")", all);
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private String composer() {
        return url("student/meeting-message?id=" + meetingId + "&kind=REQUEST");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator field(String id) {
        return page.locator("[id='" + id + "']");
    }

    private void click(Locator target) {
        target.click();
        settle();
    }

    /** Polls the saved draft until its body holds {@code text} (autosave runs 1.5 s after typing stops). */
    private static void waitForDraft(String draftKey, String text) throws SQLException {
        long until = System.currentTimeMillis() + 15_000;
        String body = null;
        while (System.currentTimeMillis() < until) {
            try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                    "select body from meeting_message where draft_key = ?")) {
                s.setString(1, draftKey);
                try (var rows = s.executeQuery()) {
                    body = rows.next() ? rows.getString(1) : null;
                }
            }
            if (body != null && body.contains(text)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The draft was not saved with \"" + text + "\": " + body);
    }

    private static String read(String sql, long parameter) throws SQLException {
        return ItDatabase.readOne(sql, parameter);
    }

    @Test
    void studentWritesChecksOffersTimesAndMarksTheRequestSent() throws SQLException {
        signIn(page, url(""), STUDENT);
        visit(composer());
        assertEquals("Request to " + CONNECTOR, page.locator("h1").innerText().strip());
        assertEquals("Introduction through " + REFERRER, field("composer:subject").inputValue());
        assertTrue(field("composer:body").inputValue().contains(REFERRER + " suggested I write to you."),
                field("composer:body").inputValue());
        assertTrue(page.locator("input[name='composer:channel'][value='EMAIL']").isChecked(),
                "the connector's preferred channel");

        // A presumptuous draft that asks for a job: the checker says so as it is typed, with the fixes.
        field("composer:body").fill("Dear Dana,\n\n" + REFERRER + " suggested I write to you. I will be in town on"
                + " Friday, let me know which day works. Are you hiring? I have attached my resume.\n\nThank you.");
        waitForRule("NOT_PRESUMPTUOUS", "FAIL");
        waitForRule("NO_JOB_ASK", "FAIL");
        String checker = page.locator("#checker").innerText();
        assertTrue(checker.contains("Needs work"), checker);
        assertTrue(checker.contains("Try this:"), checker);
        assertTrue(checker.contains("Found:"), checker);
        assertTrue(checker.matches("(?s).*\\d+ of \\d+ checks pass.*"), checker);
        assertAccessible();

        // Fixed: both pass, without submitting anything.
        field("composer:body").fill("Dear Dana,\n\n" + REFERRER + " suggested I write to you. I am a history"
                + " student learning how people start out in policy research.\n\nWould you have 20 minutes for a"
                + " short conversation, at your convenience? I would be glad to come to your office or to call,"
                + " whenever suits you.\n\nThank you for considering it.\n\nBest wishes,\nSelma");
        waitForRule("NOT_PRESUMPTUOUS", "PASS");
        waitForRule("NO_JOB_ASK", "PASS");

        // The draft saves itself once typing stops (kept on the device meanwhile).
        String draftKey = "M" + meetingId + ":REQUEST";
        assertTrue(Boolean.TRUE.equals(page.evaluate("key => localStorage.getItem(key) !== null",
                "rapport.message." + draftKey)), "the words wait on the device until saved");
        waitForDraft(draftKey, "whenever suits you");
        waitFor("() => (document.getElementById('autosave-status').textContent || '').startsWith('Saved')");
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select subject, channel from meeting_message where draft_key = ?")) {
            s.setString(1, draftKey);
            try (var rows = s.executeQuery()) {
                assertTrue(rows.next(), "the draft row exists");
                assertEquals("Introduction through " + REFERRER, rows.getString(1));
                assertEquals("EMAIL", rows.getString(2));
            }
        }

        // The mail link carries the subject and the words, percent-encoded.
        String mailto = field("mailto").getAttribute("href");
        assertTrue(mailto.startsWith("mailto:" + CONNECTOR_EMAIL + "?subject=Introduction%20through%20Alex%20Moreno"),
                mailto);
        assertTrue(mailto.contains("&body=Dear%20Dana%2C%0D%0A%0D%0A"), mailto);

        // "Copy text" says it copied, in words.
        page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        field("copy").click();
        waitFor("() => document.getElementById('copy-status').textContent === 'Copied'");

        // A time in the past is refused next to the field; one tomorrow is shown in both zones.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        field("windows:date").fill(today.minusDays(1).toString());
        field("windows:from").fill("10:00");
        field("windows:to").fill("10:30");
        click(button("Add this time"));
        assertTrue(page.locator("[id='windows']").innerText().contains("already passed"),
                page.locator("[id='windows']").innerText());
        assertAccessible();
        field("windows:date").fill(today.plusDays(2).toString());
        click(button("Add this time"));
        String windows = page.locator("#window-list").innerText();
        assertTrue(windows.contains("Your time:") && windows.contains("(UTC)"), windows);
        assertTrue(windows.contains("Their time:") && windows.contains("(America/New_York)"), windows);
        assertEquals("1", read("select count(*) from meeting_window where meeting_id = ?", meetingId));

        // Reloaded, the draft is the saved one.
        visit(composer());
        assertTrue(field("composer:body").inputValue().contains("whenever suits you"));

        // Without words there is nothing to mark sent: said next to the message.
        String words = field("composer:body").inputValue();
        field("composer:body").fill("");
        click(button("Mark as sent"));
        assertTrue(page.locator("[id='composer:body-field']").innerText().contains("Write the message"),
                page.locator("[id='composer']").innerText());
        assertEquals("PLANNED", read("select state from meeting where id = ?", meetingId));
        field("composer:body").fill(words);

        // Marking it sent on a day after today is refused next to the date.
        field("composer:sentOn").fill(today.plusDays(3).toString());
        click(button("Mark as sent"));
        assertTrue(page.locator("[id='composer']").innerText().contains("cannot be after today"),
                page.locator("[id='composer']").innerText());
        assertEquals("PLANNED", read("select state from meeting where id = ?", meetingId));
        assertAccessible();

        // Today: the meeting is requested, the timeline says so, and the student is back on the meeting page.
        field("composer:sentOn").fill(today.toString());
        button("Mark as sent").click();
        page.waitForURL("**/student/meeting?id=" + meetingId + "**");
        assertEquals("REQUESTED", read("select state from meeting where id = ?", meetingId));
        assertEquals(today.toString(), read("select requested_on from meeting where id = ?", meetingId));
        assertEquals("1", read("select count(*) from meeting_event where meeting_id = ? and action = "
                + "'MARK_REQUEST_SENT'", meetingId));
        assertEquals("OWN_MAIL", read("select sent_via from meeting_message where meeting_id = ?", meetingId));

        // The sent message reads back as the record of what went.
        visit(composer());
        assertTrue(page.locator("#sent").innerText().contains("whenever suits you"));
        assertFalse(page.locator("[id='composer:body']").isVisible());
    }

    @Test
    void onlyTheMeetingsOwnStudentGetsTheComposer() {
        signIn(page, url(""), ADVISOR);
        assertEquals(403, visit(composer()).status(), "advisors coach from the meeting page, not in the draft");
        assertFalse(page.content().contains(CONNECTOR));

        page = openSecondBrowser();
        signIn(page, url(""), OTHER_STUDENT);
        assertEquals(403, visit(composer()).status());
        assertFalse(page.content().contains(CONNECTOR));
        assertEquals(404, visit(url("student/meeting-message?id=8999999999999&kind=REQUEST")).status());
        assertEquals(404, visit(url("student/meeting-message?id=" + meetingId + "&kind=NONSENSE")).status());
    }
}
