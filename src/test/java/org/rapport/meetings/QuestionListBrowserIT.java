package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * Building a meeting's question list in Chromium: a student plans a meeting (bad input explained first), adds a
 * question from the bank, their own questions and an open hypothesis from their notebook, sees the gentle checks
 * and the time line, ranks by keyboard and by drag and drop, finds a must-ask question kept above the line and
 * removed only when confirmed, and ranks a stale tab without losing what another tab added. axe-core checks the
 * pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionListBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Persona STUDENT = Persona.of("student", "Lina Moreau", "students");
    private static final String CONNECTOR = "Harriet Vance " + RUN;
    private static final String HYPOTHESIS = "Hospital analysts move teams every year " + RUN;

    private static long studentId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        studentId = ItDatabase.insertStudent("QL" + RUN, "Lina", "Moreau", STUDENT.email());
        ItDatabase.insertPrivateConnector(studentId, CONNECTOR);
        long noteId = ItDatabase.insertNotebookNote(studentId, "Hospital analytics " + RUN, "Reading list");
        ItDatabase.insertHypothesis(noteId, HYPOTHESIS);
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private void click(String selector) {
        page.locator(selector).click();
        settle();
    }

    /** The list's item texts as the page shows them, in rank order. */
    private List<String> shownOrder() {
        return page.locator("[id='list:items'] tbody tr .r-item-text").allInnerTexts();
    }

    /** The list's texts as stored, in rank order. */
    private static List<String> storedOrder(long meetingId) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select text from meeting_question where meeting_id = ? order by position")) {
            s.setLong(1, meetingId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }

    private void addOwn(String text, int minutes) {
        page.locator("[id='picker:own-text']").fill(text);
        page.locator("[id='picker:own-minutes_input']").fill(String.valueOf(minutes));
        click("[id='picker:add-own']");
    }

    private void drag(Page target, int fromRow, int toRow) {
        Locator rows = target.locator("[id='list:items'] tbody tr");
        BoundingBox from = rows.nth(fromRow).locator(".r-rank").boundingBox();
        BoundingBox to = rows.nth(toRow).locator(".r-rank").boundingBox();
        target.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        target.mouse().down();
        // Past the middle of the target row, in small steps, as a hand would: jQuery UI swaps rows as they overlap.
        double x = from.x + from.width / 2;
        target.mouse().move(x, from.y + from.height / 2 + (toRow < fromRow ? -5 : 5));
        double past = toRow < fromRow ? to.y + 2 : to.y + to.height + from.height;
        target.mouse().move(x, past, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(40));
        target.waitForTimeout(100);
        target.mouse().up();
        target.waitForFunction("() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
    }

    @Test
    void aStudentBuildsRanksAndChecksTheirListByKeyboardAndByDrag() throws Exception {
        signIn(page, url(""), STUDENT);
        visit(url("student/meetings"));
        assertTrue(page.locator("#no-meetings").isVisible(), "a first step while there are no meetings");
        click("[id='meetings:new-meeting']");
        assertAccessible();

        click("[id='plan:save']");
        String plan = page.locator("[id='plan']").innerText();
        assertTrue(plan.contains("Choose the connector you are meeting."), plan);
        assertTrue(plan.contains("Say in a sentence what you want to learn"), plan);
        page.locator("[id='plan:connector']").selectOption(new SelectOption().setLabel(CONNECTOR));
        page.locator("[id='plan:purpose']").fill("Learn what hospital analysts do in their first year");
        page.locator("[id='plan:length'] input[value='CUSTOM']").check();
        click("[id='plan:save']");
        assertTrue(page.locator("[id='plan']").innerText().contains("A custom length is between 5 and 120"),
                "custom without minutes is explained next to the field");
        page.locator("[id='plan:length'] input[value='15']").check();
        page.locator("[id='plan:save']").click();
        page.waitForURL(u -> u.contains("/student/meeting?id="));
        settle();
        assertAccessible();
        long meetingId = Long.parseLong(page.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(page.locator("#page-messages").innerText().contains("Meeting planned"));

        // From the bank: a competitive-feedback question (must-ask).
        page.locator("[id='picker:category']").selectOption("COMPETITIVE_FEEDBACK");
        page.locator("[id='picker:level']").selectOption(new SelectOption().setIndex(0));
        click("[id='picker:search']");
        String bankQuestion = page.locator("[id='picker:bank-results'] .r-item-text").first().innerText();
        click("[id='picker:bank:0:add']");
        assertEquals(List.of(bankQuestion), shownOrder());
        assertTrue(page.locator("[id='list:items'] tbody tr").first().innerText().contains("Must ask"));

        // The student's own questions, with bad input first.
        addOwn("", 2);
        assertTrue(page.locator("[id='picker']").innerText().contains("Write the question."));
        addOwn("Tell me how you got your job.", 4);
        addOwn("Are you hiring at the moment?", 2);
        addOwn("What does a typical week look like on your team?", 5);
        // From the notebook: the open hypothesis becomes a question.
        click("[id='picker:hypotheses:0:add-hypothesis']");
        assertAccessible();
        List<String> built = shownOrder();
        assertEquals(5, built.size(), built.toString());
        assertEquals(HYPOTHESIS, built.get(4));
        String list = page.locator("[id='list']").innerText();
        assertTrue(list.contains("This is the stock opener"), "stock opener explained");
        assertTrue(list.contains("This reads as asking for a job"), "job request explained");
        assertTrue(list.matches("(?s).*take 1[67] minutes but you asked for 15.*"), list);
        assertTrue(list.contains("Your 15 minutes end here"), "the time line is drawn");
        assertEquals(built, storedOrder(meetingId));

        // Keyboard: focus "Move down" on the first own question and press Enter twice.
        Locator down = page.locator("[id='list:items:1:down']");
        down.focus();
        page.keyboard().press("Enter");
        settle();
        assertEquals("Tell me how you got your job.", shownOrder().get(2));
        assertEquals(page.locator("[id='list:items:2:down']").getAttribute("data-item"),
                page.evaluate("() => document.activeElement.getAttribute('data-item')"),
                "focus follows the moved item");
        page.keyboard().press("Enter");
        settle();
        assertEquals("Tell me how you got your job.", shownOrder().get(3));
        assertEquals(shownOrder(), storedOrder(meetingId));

        // Drag: the hypothesis question (last) to the top; the must-ask question stays above the line.
        drag(page, 4, 0);
        settle();
        List<String> dragged = shownOrder();
        assertEquals(HYPOTHESIS, dragged.get(0), dragged.toString());
        assertEquals(dragged, storedOrder(meetingId));

        // Moving the must-ask question below the line lifts it back above it.
        for (int step = 0; step < 3; step++) {
            int row = shownOrder().indexOf(bankQuestion);
            click("[id='list:items:" + row + ":down']");
        }
        assertTrue(page.locator("#page-messages").innerText().contains("Must-ask questions were kept above the line"),
                page.locator("#page-messages").innerText() + " / " + shownOrder());
        List<String> lifted = shownOrder();
        List<String> rowClasses = page.locator("[id='list:items'] tbody tr").all().stream()
                .map(row -> String.valueOf(row.getAttribute("class"))).toList();
        int line = rowClasses.indexOf(rowClasses.stream().filter(c -> c.contains("r-line-row")).findFirst()
                .orElseThrow());
        assertTrue(lifted.indexOf(bankQuestion) < line, "must-ask above the line: " + lifted + " line at " + line);

        // A stale tab ranks after another tab added a question: nothing is lost.
        Page second = openSecondBrowser();
        signIn(second, url(""), STUDENT);
        second.navigate(url("student/meeting?id=" + meetingId));
        second.waitForLoadState();
        second.locator("[id='picker:own-text']").fill("Who else should I talk to? " + RUN);
        second.locator("[id='picker:add-own']").click();
        second.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
        drag(page, 1, 0);
        settle();
        assertTrue(page.locator("#page-messages").innerText().contains("changed in another tab"),
                page.locator("#page-messages").innerText());
        List<String> merged = storedOrder(meetingId);
        assertEquals(6, merged.size(), merged.toString());
        assertTrue(merged.contains("Who else should I talk to? " + RUN), "the other tab's question is kept");
        assertEquals(merged, shownOrder(), "the page shows the merged list");

        // Removing a must-ask question asks first.
        int mustAskRow = shownOrder().indexOf(bankQuestion);
        click("[id='list:items:" + mustAskRow + ":remove']");
        assertTrue(page.locator("#page-messages").innerText().contains("This is a must-ask question"));
        assertTrue(storedOrder(meetingId).contains(bankQuestion), "not removed without confirmation");
        assertAccessible();
        click("[id='list:items:" + mustAskRow + ":remove-anyway']");
        assertFalse(storedOrder(meetingId).contains(bankQuestion));
        assertTrue(page.locator("[id='list']").innerText().contains("no question asking for candid feedback"),
                "the list now reminds the student of what is missing");
        assertAccessible();

        visit(url("student/meetings"));
        assertTrue(page.locator("[id='meetings:table']").innerText().contains(CONNECTOR));
        visit(url("student/home"));
        assertTrue(page.locator("#planned-meetings").innerText().contains(CONNECTOR), "the dashboard shows it");
    }
}
