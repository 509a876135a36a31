package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.CampusSession;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.Persona;

/**
 * The caseload advisor's side of a meeting in Chromium, and the printable list with its PDF: the advisor finds the
 * student's meeting, reads the ranked list with its time line and checks (and finds nothing to change it with),
 * comments (an empty comment is refused next to the field), prints and downloads it; a held meeting shows what
 * happened and the competitive feedback. The student prints and downloads their own list. Another advisor and an
 * administrator are refused every page and the PDF. axe-core checks every page visited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingAdvisorBrowserIT extends BrowserTestBase {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final Persona STUDENT = Persona.of("student", "Amara Eze", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Leila Moreau", "career-advisors");
    private static final Persona OTHER_ADVISOR = Persona.of("advisor", "Finn Underhill", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Isla Grimaldi", "career-admins");
    private static final String LINE = "\u2014 20 minutes end here \u2014 if time allows:";
    /** The list of the planned meeting in rank order: 6 + 5 + 4 + 3 fit in 20 minutes, the last two do not. */
    private static final List<String> QUESTIONS = List.of(
            "How did you get your job?",
            "What does a normal week look like for you in the analytics team?",
            "I read that the Rotterdam hub opens in spring.",
            "How competitive would someone with my background be for analyst roles?",
            "Which skills do new analysts lack most?",
            "How is automation changing freight planning?");
    private static final AtomicLong NEXT_ID =
            new AtomicLong(7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1_000);

    private static long studentId;
    private static long meetingId;
    private static long heldMeetingId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        studentId = ItDatabase.insertStudent("MA" + SUFFIX, "Amara", "Eze", STUDENT.email());
        long advisorId = ItDatabase.insertAdvisor("Leila", "Moreau", ADVISOR.email());
        ItDatabase.insertAdvisor("Finn", "Underhill", OTHER_ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, studentId);
        long organisationId = ItDatabase.insertOrganisation("Amsel Logistics " + SUFFIX, "TECHNOLOGY", "MEDIUM");
        long dana = ItDatabase.insertPrivateConnector(studentId, "Dana Whitcombe");
        long sam = ItDatabase.insertPrivateConnector(studentId, "Sam Okafor");

        meetingId = ItDatabase.insertMeeting(studentId, dana, "Learn how the analytics team works with operations.",
                20);
        update("update meeting set organisation_id = ? where id = ?", organisationId, meetingId);
        ItDatabase.insertMeetingQuestion(meetingId, 0, QUESTIONS.get(0), "BACKGROUND", 6);
        ItDatabase.insertMeetingQuestion(meetingId, 1, QUESTIONS.get(1), "ROLE_DAY_TO_DAY", 5);
        long talkingPoint = ItDatabase.insertMeetingQuestion(meetingId, 2, QUESTIONS.get(2), null, 4);
        update("update meeting_question set kind = 'TALKING_POINT', source = 'NEWS' where id = ?", talkingPoint);
        ItDatabase.insertMeetingQuestion(meetingId, 3, QUESTIONS.get(3), "COMPETITIVE_FEEDBACK", 3);
        ItDatabase.insertMeetingQuestion(meetingId, 4, QUESTIONS.get(4), "SKILLS", 4);
        ItDatabase.insertMeetingQuestion(meetingId, 5, QUESTIONS.get(5), "INDUSTRY_TRENDS", 3);

        heldMeetingId = ItDatabase.insertMeeting(studentId, sam, "Hear how a freight planner started out.", 15);
        update("update meeting set state = 'HELD', held_on = date '2026-10-02', actual_minutes = 17 where id = ?",
                heldMeetingId);
        long asked = ItDatabase.insertMeetingQuestion(heldMeetingId, 0, "Who else would you suggest I talk to?",
                "REFERRALS", 3);
        update("update meeting_question set outcome = 'ASKED', note = 'Try Priya in pricing.' where id = ?", asked);
        insertRow("meeting_suggested_name", "meeting_id, name, organisation_name, note", heldMeetingId,
                "Priya Raman", "Amsel Logistics", "Runs pricing");
        long feedback = insertRow("meeting_feedback", "meeting_id, roles_in_view, competitiveness, hiring_stance,"
                + " gaps_text, remarks", heldMeetingId, "Junior freight analyst", "YES_WITH_GAPS", "MAYBE",
                "More SQL", "She said my internship counts for a lot.");
        update("insert into meeting_feedback_gap (feedback_id, position, tag) values (?, 0, 'sql')", feedback);
        insertRow("meeting_next_step", "feedback_id, position, text", feedback, 0, "Finish the SQL course");
    }

    private String base() {
        return Deployments.onLoopback(deploymentUrl);
    }

    private String url(String path) {
        return base() + path;
    }

    @Test
    void theCaseloadAdvisorReadsTheRankedListCommentsAndPrintsButCannotChangeIt() throws Exception {
        page.addInitScript("window.__printed = 0; window.print = function () { window.__printed++; };");
        signIn(page, url(""), ADVISOR);

        visit(url("staff/meetings?student=" + studentId));
        Locator table = page.locator("[id='meetings:table']");
        assertTrue(table.innerText().contains("Sam Okafor"), table.innerText());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dana Whitcombe")).click();
        page.waitForURL(u -> u.contains("staff/meeting?id=" + meetingId));
        settle();
        assertAccessible();

        assertEquals(QUESTIONS, page.locator("#items > li .r-item-text").allInnerTexts().stream()
                .map(String::strip).toList(), "the list in rank order");
        Locator items = page.locator("#items > li");
        assertEquals(1, page.locator("#time-line").count());
        assertTrue(items.nth(4).innerText().strip().startsWith(LINE), items.nth(4).innerText());
        for (int i = 0; i < 4; i++) {
            assertFalse(items.nth(i).innerText().contains("end here"), "only the first item below the line");
        }
        assertTrue(items.nth(0).innerText().contains("This is the stock opener"), "the item's own check");
        assertTrue(items.nth(2).innerText().contains("Talking point"));
        assertTrue(items.nth(3).innerText().contains("Must ask"));
        assertTrue(page.locator("#list-checks").innerText()
                .contains("Your questions take 25 minutes but you asked for 20. The 2 item(s) below the line"),
                page.locator("#list-checks").innerText());
        assertTrue(page.locator("#plan").innerText().contains("Amsel Logistics " + SUFFIX));

        // Read-only: the only controls in the page's main part are the comment field and its button.
        assertEquals(List.of("comment:text", "comment:post"), page.locator(
                "main input:not([type=hidden]), main select, main textarea, main button")
                .evaluateAll("nodes => nodes.map(n => n.id)"), "no control that changes the list");
        assertEquals(0, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up")).count());

        // An empty comment (or only spaces) is refused next to the field.
        assertTrue(page.locator("#comments-empty").innerText().contains("No comments yet."));
        page.locator("[id='comment:text']").fill("   ");
        page.locator("[id='comment:post']").click();
        settle();
        assertTrue(page.locator("[id='comment'] .r-field").innerText().contains("Write your comment."),
                page.locator("[id='comment']").innerText());
        assertAccessible();
        String comment = "Ask her about the rotation programme first <b>" + SUFFIX + "</b>.";
        page.locator("[id='comment:text']").fill(comment);
        page.locator("[id='comment:post']").click();
        settle();
        assertTrue(page.locator("[id='comment:messages']").innerText().contains("Your comment is posted."));
        Locator thread = page.locator("#comments-list");
        assertTrue(thread.innerText().contains(comment), "shown as typed, as text: " + thread.innerText());
        assertTrue(thread.innerText().matches("(?s).*Leila Moreau, \\d{1,2} \\w{3} \\d{4}.*"),
                "author and date: " + thread.innerText());
        assertEquals("", page.locator("[id='comment:text']").inputValue());
        assertEquals(comment, ItDatabase.readOne("select text from meeting_comment where meeting_id = ?", meetingId));
        assertAccessible();

        // The PDF link downloads the list.
        Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());
        assertEquals("meeting-questions-" + meetingId + ".pdf", download.suggestedFilename());
        String pdf = pdfText(Files.readAllBytes(download.path()));
        assertTrue(pdf.contains(QUESTIONS.get(0)), pdf);
        assertTrue(pdf.indexOf(LINE) > pdf.indexOf("How competitive would someone")
                && pdf.indexOf(LINE) < pdf.indexOf(QUESTIONS.get(4)), pdf);

        // The printable view: the same order and line, a Print button wired up by print.js, and on paper no frame.
        page.locator("#print-view").click();
        page.waitForURL(u -> u.contains("staff/meeting-print?id=" + meetingId));
        settle();
        assertAccessible();
        assertPrintableList();
        assertTrue(page.locator("#plan").innerText().contains("Amara Eze"), "the advisor's copy names the student");
        page.locator("#print-button").click();
        assertEquals(1, ((Number) page.evaluate("window.__printed")).intValue(), "Print opens the print dialogue");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertFalse(page.locator(".r-header").isVisible(), "no header on paper");
        assertFalse(page.locator(".r-footer").isVisible(), "no footer on paper");
        assertFalse(page.locator("#print-button").isVisible(), "no buttons on paper");
        assertTrue(page.locator("#sheet").isVisible());
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // A held meeting shows what happened, the names and the competitive feedback, read-only. The page's sections
        // each load the meeting, but one visit is one audit row per thing seen (the meeting, its feedback).
        long meetingViews = views("meeting");
        long feedbackViews = views("competitive feedback");
        visit(url("staff/meeting?id=" + heldMeetingId));
        assertEquals(meetingViews + 1, views("meeting"));
        assertEquals(feedbackViews + 1, views("competitive feedback"));
        assertTrue(page.locator("#state").innerText().contains("Held"));
        assertTrue(page.locator("#items").innerText().contains("Asked: Try Priya in pricing."),
                page.locator("#items").innerText());
        assertTrue(page.locator("#names-list").innerText().contains("Priya Raman, Amsel Logistics: Runs pricing"));
        String feedback = page.locator("#feedback").innerText();
        assertTrue(feedback.contains("Yes, with gaps to close") && feedback.contains("Maybe")
                && feedback.contains("sql") && feedback.contains("She said my internship counts for a lot.")
                && feedback.contains("Finish the SQL course"), feedback);
        assertEquals(List.of("comment:text", "comment:post"), page.locator(
                "main input:not([type=hidden]), main select, main textarea, main button")
                .evaluateAll("nodes => nodes.map(n => n.id)"));
    }

    @Test
    void theStudentPrintsAndDownloadsTheirOwnList() throws IOException {
        signIn(page, url(""), STUDENT);

        visit(url("student/meeting-print?id=" + meetingId));
        assertPrintableList();
        assertTrue(page.locator("#plan").innerText().contains("Amsel Logistics " + SUFFIX));
        assertTrue(page.locator("#print-total").innerText().contains("The list takes 25 minutes; you asked for 20."));
        assertTrue(page.locator("#in-time").innerText().contains("Must ask"));
        assertTrue(page.locator("#in-time > li").nth(3).innerText().contains("18 min so far"));
        assertTrue(page.locator("#download-pdf").getAttribute("href").endsWith("/student/meeting.pdf?id=" + meetingId));

        APIResponse pdf = page.context().request().get(url("student/meeting.pdf?id=" + meetingId));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.headers().get("content-type"));
        assertEquals("attachment; filename=\"meeting-questions-" + meetingId + ".pdf\"",
                pdf.headers().get("content-disposition"));
        String text = pdfText(pdf.body());
        assertTrue(text.contains(QUESTIONS.get(0)) && text.contains("Prepared with Rapport"), text);

        assertEquals(404, page.context().request().get(url("student/meeting.pdf?id=abc")).status());
        assertEquals(404, page.context().request().get(url("student/meeting.pdf?id=999999999999")).status());
        assertEquals(403, page.context().request().get(url("staff/meeting.pdf?id=" + meetingId)).status(),
                "the staff address is not the student's");
    }

    @Test
    void anotherAdvisorAndAnAdministratorAreRefusedThePagesAndThePdf() {
        for (Persona refused : List.of(OTHER_ADVISOR, ADMIN)) {
            CampusSession session = CampusSession.signIn(base(), refused);
            for (String path : List.of("staff/meeting?id=" + meetingId, "staff/meeting.pdf?id=" + meetingId,
                    "staff/meeting-print?id=" + meetingId, "staff/meetings?student=" + studentId)) {
                HttpResponse<String> response = session.get(path);
                assertEquals(403, response.statusCode(), refused.name() + " on " + path);
                assertFalse(response.body().contains(QUESTIONS.get(1)), "no data in the refusal");
                assertTrue(response.body().contains("<title>No access"), "the no-access page");
                assertFalse(response.body().contains("at org.rapport."), "no stack trace");
            }
        }
        CampusSession advisor = CampusSession.signIn(base(), ADVISOR);
        assertEquals(404, advisor.get("staff/meeting.pdf?id=999999999999").statusCode());
        assertEquals(404, advisor.get("staff/meeting.pdf").statusCode());
        assertEquals(404, advisor.get("staff/meeting?id=999999999999").statusCode());
        assertEquals(200, advisor.get("staff/meeting.pdf?id=" + meetingId).statusCode());
    }

    /** The printable list on the current page: rank order, and the line between the fourth and fifth items. */
    private void assertPrintableList() {
        List<String> inTime = page.locator("#in-time > li .r-mp-text").allInnerTexts();
        List<String> ifTime = page.locator("#if-time > li .r-mp-text").allInnerTexts();
        assertEquals(QUESTIONS.subList(0, 4), inTime.stream().map(String::strip).toList());
        assertEquals(QUESTIONS.subList(4, 6), ifTime.stream().map(String::strip).toList());
        assertEquals(LINE, page.locator("#time-line").innerText().strip());
        assertEquals("5", page.locator("#if-time").getAttribute("start"), "numbering goes on below the line");
        assertTrue(page.locator("#notes-space").isVisible(), "space to write notes");
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The advisor's audited views of the student's {@code what}. */
    private static long views(String what) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry e join user_account a on a.id = e.actor_account_id"
                        + " where e.action = 'STUDENT_RESEARCH_VIEWED' and a.subject = ? and e.target = ?")) {
            s.setString(1, ADVISOR.subject());
            s.setString(2, what);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** A row of an entity table (id, version, created/updated now) with the given columns; returns its id. */
    private static long insertRow(String table, String columns, Object... values) throws SQLException {
        long id = NEXT_ID.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        Object[] all = new Object[values.length + 3];
        all[0] = id;
        all[1] = now;
        all[2] = now;
        System.arraycopy(values, 0, all, 3, values.length);
        update("insert into " + table + " (id, version, created_at, updated_at, " + columns + ") values (?, 0, ?, ?"
                + ", ?".repeat(values.length) + ")", all);
        return id;
    }
}
