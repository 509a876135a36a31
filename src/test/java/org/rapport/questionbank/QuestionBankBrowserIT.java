package org.rapport.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ResourceBundle;
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
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.Persona;

/**
 * The question bank in Chromium: an advisor browses the starter bank by category, adds a question (bad input is
 * explained next to its field and nothing is saved), rewrites, retires and restores it; a second advisor's
 * simultaneous rewrite is refused without losing what was typed; students are refused the page. axe-core checks it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionBankBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Persona ADVISOR = Persona.of("advisor", "Helen Achterberg", "career-advisors");
    private static final Persona OTHER_ADVISOR = Persona.of("advisor", "Kofi Mensah", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Rui Carvalho", "career-admins");
    private static final Persona STUDENT = Persona.of("student", "Lena Brandt", "students");
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.rapport.i18n.messages");
    private static final Pattern TOTAL = Pattern.compile("of (\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        ItDatabase.insertAdvisor("Helen", "Achterberg", ADVISOR.email());
        ItDatabase.insertAdvisor("Kofi", "Mensah", OTHER_ADVISOR.email());
        ItDatabase.insertStudent("QB" + RUN, "Lena", "Brandt", STUDENT.email());
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    @Test
    void anAdvisorBrowsesAddsEditsRetiresAndRestoresAQuestion() throws SQLException {
        signIn(page, url(""), ADVISOR);
        visit(url("staff/question-bank"));
        assertEquals("Question bank", page.locator("h1").innerText());
        int total = totalShown(page);
        assertTrue(total >= 40, "live questions: " + total);
        assertEquals(countLive(), total,
                "the count is the bank's live questions");

        for (QuestionCategory category : QuestionCategory.values()) {
            choose(page, "bank:category", category.name());
            Locator rows = rows(page);
            assertTrue(rows.count() >= 1, category.name());
            String label = WORDS.getString(category.messageKey());
            for (Locator row : rows.all()) {
                assertEquals(label, row.locator("td").nth(1).innerText().strip(), "only " + category + " is listed");
            }
            assertTrue(page.locator("[id='bank:table']").innerText().contains("Starter"), category.name());
        }
        choose(page, "bank:category", "");
        assertEquals(total, totalShown(page));

        // A springboard without its placeholder is explained next to the field, and nothing is saved.
        String token = "qb" + RUN;
        String text = "What did your first project teach you, " + token + "?";
        page.locator("[id='question:text']").fill(text);
        page.locator("[id='question:category']").selectOption("SKILLS");
        page.locator("[id='question:fitPeer']").uncheck();
        page.locator("[id='question:focusTags']").fill("Consulting, Public-Sector");
        page.locator("[id='question:minutes']").fill("4");
        page.locator("[id='question:springboard']").fill("I read about your merger. What changed?");
        click(page, "[id='question:save']");
        assertTrue(fieldOf(page, "springboard").innerText().contains("holds {finding} where a research finding goes"),
                fieldOf(page, "springboard").innerText());
        assertEquals(text, page.locator("[id='question:text']").inputValue(), "what was typed stays");
        assertEquals(0, count("select count(*) from bank_question where text = ?", text), "nothing is saved");
        assertAccessible();

        // No level ticked: the message stands next to the first box.
        page.locator("[id='question:springboard']").fill("I read that {finding}. What changed for your team?");
        page.locator("[id='question:fitMidCareer']").uncheck();
        page.locator("[id='question:fitSenior']").uncheck();
        click(page, "[id='question:save']");
        Locator firstBox = page.locator("[id='question:fitPeer']").locator("xpath=..");
        assertTrue(firstBox.innerText().contains("Tick at least one level"), firstBox.innerText());
        assertEquals(0, count("select count(*) from bank_question where text = ?", text), "nothing is saved");

        page.locator("[id='question:fitMidCareer']").check();
        page.locator("[id='question:fitSenior']").check();
        click(page, "[id='question:save']");
        assertTrue(page.locator("[id='question:messages']").innerText().contains("The question is in the bank."));
        assertEquals(1, count("select count(*) from bank_question where text = ?", text));
        assertEquals("", page.locator("[id='question:text']").inputValue(), "the form is ready for the next one");
        assertEquals(total + 1, totalShown(page), "the table shows the new question");

        typeAndWaitForAjax(page, page.locator("[id='bank:words']"), token);
        assertEquals(1, rows(page).count());
        String row = rows(page).first().innerText();
        assertTrue(row.contains(text) && row.contains("Added by the office") && row.contains("consulting")
                && row.contains("public-sector") && row.contains("From a finding: I read that {finding}.")
                && row.contains("Mid-career") && row.contains("Senior leader") && !row.contains("Peer or early"), row);
        assertAccessible();

        // Edit: the form takes the question, focus moves to it, and the table shows the new wording.
        button(page, "Edit: " + text).click();
        settle();
        assertEquals("Edit a question", page.locator("#question-heading").innerText());
        assertEquals("question-heading", page.evaluate("() => document.activeElement.id"));
        assertEquals(text, page.locator("[id='question:text']").inputValue());
        assertFalse(page.locator("[id='question:fitPeer']").isChecked());
        String edited = "What did your first project teach you about clients, " + token + "?";
        page.locator("[id='question:text']").fill(edited);
        page.locator("[id='question:minutes']").fill("3");
        click(page, "[id='question:save']");
        assertTrue(page.locator("[id='question:messages']").innerText().contains("Your changes are saved."));
        assertTrue(rows(page).first().innerText().contains(edited));
        long id = idOf(edited);
        assertEquals("3", ItDatabase.readOne("select minutes from bank_question where id = ?", id));

        // Retire: gone from the live list, listed under retired; restore brings it back.
        button(page, "Retire: " + edited).click();
        settle();
        assertTrue(page.locator("[id='bank:messages']").innerText().contains("students no longer see it"));
        assertEquals(0, rows(page).count(), "a retired question leaves the live list");
        assertNotNull(ItDatabase.readOne("select retired_at from bank_question where id = ?", id));
        choose(page, "bank:status", "true");
        assertEquals(1, rows(page).count());
        assertTrue(rows(page).first().innerText().contains(edited));
        assertAccessible();
        button(page, "Restore: " + edited).click();
        settle();
        assertTrue(page.locator("[id='bank:messages']").innerText().contains("live again"));
        assertEquals(0, rows(page).count(), "no longer among the retired");
        choose(page, "bank:status", "false");
        assertTrue(rows(page).first().innerText().contains(edited));
        assertNull(ItDatabase.readOne("select retired_at from bank_question where id = ?", id));
    }

    @Test
    void aSimultaneousEditIsRefusedAndKeepsWhatWasTyped() throws SQLException {
        String original = "Which decisions land on your desk, " + RUN + "?";
        long id = insertQuestion(original);

        signIn(page, url(""), ADVISOR);
        visit(url("staff/question-bank"));
        typeAndWaitForAjax(page, page.locator("[id='bank:words']"), original);
        button(page, "Edit: " + original).click();
        settle();

        Page other = openSecondBrowser();
        signIn(other, url(""), OTHER_ADVISOR);
        other.navigate(url("staff/question-bank"));
        settled(other);
        typeAndWaitForAjax(other, other.locator("[id='bank:words']"), original);
        button(other, "Edit: " + original).click();
        settled(other);
        String theirs = "Which decisions land on your desk each week, " + RUN + "?";
        other.locator("[id='question:text']").fill(theirs);
        click(other, "[id='question:save']");
        assertTrue(other.locator("[id='question:messages']").innerText().contains("Your changes are saved."));

        String typed = "What I typed must not be lost, " + RUN + "?";
        page.locator("[id='question:text']").fill(typed);
        click(page, "[id='question:save']");
        String messages = page.locator("[id='question:messages']").innerText();
        assertTrue(messages.contains("changed by someone else while you were working"), messages);
        assertEquals(typed, page.locator("[id='question:text']").inputValue(), "what the advisor typed is kept");
        assertAccessible();
        assertEquals(theirs, ItDatabase.readOne("select text from bank_question where id = ?", id),
                "the first save stands");
    }

    @Test
    void studentsAreRefusedAndAdministratorsCurateToo() {
        signIn(page, url(""), STUDENT);
        Response refused = visit(url("staff/question-bank"));
        assertEquals(403, refused.status());
        assertTrue(page.content().contains("You do not have access to this page"));
        assertEquals(0, page.locator("[id='question:save']").count());

        page = openSecondBrowser();
        signIn(page, url(""), ADMIN);
        Response opened = visit(url("staff/question-bank"));
        assertEquals(200, opened.status());
        assertTrue(totalShown(page) >= 40);
        assertEquals(1, page.locator("[id='question:save']").count());
    }

    // --- helpers ---

    private static Locator rows(Page target) {
        return target.locator("[id='bank:table'] tbody tr[data-ri]");
    }

    private static int totalShown(Page target) {
        String report = target.locator("[id='bank:table'] .ui-paginator-current").first().innerText();
        Matcher total = TOTAL.matcher(report);
        assertTrue(total.find(), report);
        return Integer.parseInt(total.group(1));
    }

    /** The field wrapper around an input of the question form (label, input, help and message). */
    private static Locator fieldOf(Page target, String field) {
        return target.locator("[id='question:" + field + "']").locator("xpath=ancestor::div[contains(@class,'r-field')][1]");
    }

    private static Locator button(Page target, String name) {
        return target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void choose(Page target, String selectId, String value) {
        target.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> target.locator("[id='" + selectId + "']").selectOption(value));
        settled(target);
    }

    private static void click(Page target, String selector) {
        target.locator(selector).click();
        settled(target);
    }

    private static void settled(Page target) {
        target.waitForLoadState();
        target.waitForFunction("() => !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()");
    }

    private static long countLive() throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from bank_question where retired_at is null");
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long idOf(String text) throws SQLException {
        try (Connection c = ItDatabase.connect();
             PreparedStatement s = c.prepareStatement("select id from bank_question where text = ?")) {
            s.setString(1, text);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "no question " + text);
                return rows.getLong(1);
            }
        }
    }

    /** A live question every level suits, added by the office; returns its id. */
    private static long insertQuestion(String text) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "insert into bank_question (id, version, created_at, updated_at, text, springboard, category,"
                        + " fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at,"
                        + " created_by_account_id) values (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6), ?, NULL, 'ROLE_DAY_TO_DAY', TRUE, TRUE, TRUE, NULL, 2, FALSE, NULL, NULL)")) {
            s.setString(1, text);
            s.executeUpdate();
        }
        return idOf(text);
    }
}
