package org.rapport.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * The research notebook in Chromium: a student writes a note and tests a hypothesis, their caseload advisor reads
 * it, everyone else is refused, typed text stays text, bad input is explained next to the field, and a simultaneous
 * edit is refused without losing what was typed. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotebookBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Persona STUDENT = Persona.of("student", "Noor Haddad", "students");
    private static final Persona OTHER_STUDENT = Persona.of("student", "Olle Berg", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Amira Castell", "career-advisors");
    private static final Persona STRANGER_ADVISOR = Persona.of("advisor", "Stig Farrow", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Ines Iwu", "career-admins");
    private static final String ORGANISATION = "Kestrel Freight " + RUN;
    private static final String CONNECTOR = "Rosa Lindgren " + RUN;
    private static final String SCRIPT = "<script>window.__notebookPwned = 1</script>";
    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    private static long studentId;
    private static long otherStudentId;
    private static long fixtureNoteId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        studentId = ItDatabase.insertStudent("NB" + RUN, "Noor", "Haddad", STUDENT.email());
        otherStudentId = ItDatabase.insertStudent("NO" + RUN, "Olle", "Berg", OTHER_STUDENT.email());
        long advisorId = ItDatabase.insertAdvisor("Amira", "Castell", ADVISOR.email());
        ItDatabase.insertAdvisor("Stig", "Farrow", STRANGER_ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, studentId);
        ItDatabase.insertOrganisation(ORGANISATION, "TRANSPORT_AND_LOGISTICS", "MEDIUM");
        ItDatabase.insertPrivateConnector(studentId, CONNECTOR, false);
        ItDatabase.insertPrivateConnector(studentId, "Archived Arne " + RUN, true);
        ItDatabase.insertPrivateConnector(otherStudentId, "Not Yours " + RUN, false);
        fixtureNoteId = ItDatabase.insertNotebookNote(studentId, "Private plans " + RUN, "Only Noor and her advisor");
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private void signInAs(Persona persona) {
        signIn(page, url(""), persona);
        settle();
        assertAccessible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void click(String selector) {
        page.locator(selector).click();
        settle();
    }

    @Test
    void studentTestsAHypothesisAndTheCaseloadAdvisorReadsTheNoteAsText() throws SQLException {
        Persona student = Persona.of("student", "Wen Akande", "students");
        long ownerId = ItDatabase.insertStudent("NW" + RUN, "Wen", "Akande", student.email());
        Persona advisor = Persona.of("advisor", "Petra Lowe", "career-advisors");
        long advisorId = ItDatabase.insertAdvisor("Petra", "Lowe", advisor.email());
        ItDatabase.assignCaseload(advisorId, ownerId);
        String connector = "Tomas Okafor " + RUN;
        ItDatabase.insertPrivateConnector(ownerId, connector, false);

        signInAs(student);
        visit(url("student/notes"));
        assertTrue(page.locator("#empty-notebook").innerText().contains("Your notebook is empty"));
        page.locator("[id='notes:new-note']").click();
        settle();
        assertAccessible();

        click("[id='note:save']");
        assertTrue(page.locator("[id='note']").innerText().contains("Give the note a title."),
                "the message stands next to the field");
        assertAccessible();

        String title = "Kestrel Freight graduate roles " + RUN;
        page.locator("[id='note:title']").fill(title);
        page.locator("[id='note:body']").fill(SCRIPT + "\nSecond line stays on its own line.");
        page.locator("[id='note:organisation_input']").fill(ORGANISATION);
        page.keyboard().press("Escape");
        page.locator("[id='note:industry']").selectOption("TRANSPORT_AND_LOGISTICS");
        page.locator("[id='note:connector']").selectOption(new SelectOption().setLabel(connector));
        page.locator("[id='note:tags']").fill("Supply-Chain, #graduate" + RUN);
        page.locator("[id='note:save']").click();
        page.waitForURL(u -> u.contains("/student/note?id="));
        settle();
        assertAccessible();
        long noteId = Long.parseLong(page.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(page.locator("[id='note:messages']").innerText().contains("Your note is saved."));
        assertEquals("supply-chain, graduate" + RUN, page.locator("[id='note:tags']").inputValue(),
                "tags are normalised");

        page.locator("[id='hypotheses:statement']").fill("Analysts rarely work weekends");
        click("[id='hypotheses:save']");
        assertTrue(page.locator("[id='hypotheses']").innerText().contains("Open"));

        button("Record outcome: Analysts rarely work weekends").click();
        settle();
        assertAccessible();
        page.locator("[id='hypotheses:status']").selectOption("REFINED");
        page.locator("[id='hypotheses:heardOn']").fill(YESTERDAY.minusDays(6).toString());
        page.locator("[id='hypotheses:connector']").selectOption(new SelectOption().setLabel(connector));
        page.locator("[id='hypotheses:evidence']").fill("Tomas said weekends happen only at quarter-end.");
        page.locator("[id='hypotheses:rewording']").fill("Analysts rarely work weekends outside quarter-end");
        click("[id='hypotheses:record']");
        assertTrue(page.locator("[id='hypotheses:messages']").innerText().contains("The outcome is recorded."));

        button("Record outcome: Analysts rarely work weekends outside quarter-end").click();
        settle();
        assertEquals(List.of("CONFIRMED", "REFUTED", "REFINED"), page.locator("[id='hypotheses:status'] option")
                .all().stream().map(o -> o.getAttribute("value")).filter(v -> v != null && !v.isEmpty()).toList(),
                "only the moves a refined hypothesis allows are offered");
        page.locator("[id='hypotheses:status']").selectOption("CONFIRMED");
        page.locator("[id='hypotheses:heardOn']").fill(YESTERDAY.toString());
        page.locator("[id='hypotheses:evidence']").fill("A second analyst agreed.");
        click("[id='hypotheses:record']");
        String history = page.locator("[id='hypotheses'] .r-nb-history").innerText();
        assertTrue(history.contains("Open to Refined") && history.contains("Refined to Confirmed"), history);
        assertTrue(history.contains("Earlier wording: Analysts rarely work weekends"), history);
        assertTrue(history.contains(connector), history);
        assertAccessible();
        assertEquals(List.of("OPEN>REFINED", "REFINED>CONFIRMED"), ItDatabase.notebookHypothesisChanges(noteId));

        // The quick search finds the note by tag, industry, organisation and connector, and nothing else.
        visit(url("student/notes"));
        Locator filter = page.locator("[id='notes:filter']");
        for (String search : List.of("graduate" + RUN, "transport", ORGANISATION, connector)) {
            typeAndWaitForAjax(page, filter, search);
            assertTrue(page.locator("[id='notes:table']").innerText().contains(title), search);
        }
        typeAndWaitForAjax(page, filter, "no-such-note-" + RUN);
        assertTrue(page.locator("[id='notes:table']").innerText().contains("No notes match your search."));
        assertAccessible();

        page = openSecondBrowser();
        signInAs(advisor);
        visit(url("staff/notes?student=" + ownerId));
        assertTrue(page.locator("h1").innerText().contains("Wen Akande"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        settle();
        assertAccessible();
        Locator body = page.locator("#note-body");
        assertTrue(body.innerText().startsWith(SCRIPT + "\nSecond line"), body.innerText());
        assertEquals(0, page.locator("#note-body script").count(), "typed markup is never markup");
        assertTrue((Boolean) page.evaluate("() => window.__notebookPwned === undefined"));
        assertTrue(page.locator("#note-about").innerText().contains(ORGANISATION));
        assertTrue(page.locator("[id='hypotheses']").innerText().contains("Refined to Confirmed"));
        assertEquals(0, page.locator("[id='hypotheses:record'], [id='note:save'], [id='hypotheses:save']").count(),
                "the advisor's view is read-only");
        assertTrue(ItDatabase.countAudit("STUDENT_RESEARCH_VIEWED", advisor.subject(), ownerId) >= 2,
                "the advisor's reads are audited");
    }

    @Test
    void nobodyElseReachesTheNotebook() {
        signInAs(OTHER_STUDENT);
        Response refused = visit(url("student/note?id=" + fixtureNoteId));
        assertEquals(403, refused.status());
        assertFalse(page.content().contains("Private plans " + RUN));
        assertEquals(404, visit(url("student/note?id=8999999999999")).status());
        assertEquals(403, visit(url("staff/notes?student=" + studentId)).status(), "students never see staff pages");

        page = openSecondBrowser();
        signInAs(STRANGER_ADVISOR);
        assertEquals(403, visit(url("staff/notes?student=" + studentId)).status());
        assertEquals(403, visit(url("staff/note?id=" + fixtureNoteId)).status());
        assertFalse(page.content().contains("Private plans " + RUN));

        page = openSecondBrowser();
        signInAs(ADMIN);
        assertEquals(403, visit(url("staff/note?id=" + fixtureNoteId)).status(), "administrators are not let in");
        assertEquals(403, visit(url("staff/notes?student=" + studentId)).status());
        assertFalse(page.content().contains("Private plans " + RUN));

        page = openSecondBrowser();
        signInAs(ADVISOR);
        visit(url("staff/notes?student=" + studentId));
        assertTrue(page.locator("[id='notes:table']").innerText().contains("Private plans " + RUN));
        assertEquals(404, visit(url("staff/notes?student=8999999999999")).status());
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndGoodInputIsListed() throws SQLException {
        long noteId = ItDatabase.insertNotebookNote(studentId, "Field checks " + RUN, null);
        signInAs(STUDENT);
        visit(url("student/note?id=" + noteId));

        page.locator("[id='sources:url']").fill("javascript:alert(1)");
        click("[id='sources:save']");
        assertTrue(page.locator("[id='sources']").innerText()
                .contains("Enter a web address starting with http:// or https://."));
        page.locator("[id='sources:url']").fill("");
        page.locator("[id='sources:publication']").fill("The Harbour Gazette");
        click("[id='sources:save']");
        assertTrue(page.locator("[id='sources']").innerText()
                .contains("Give a link, or the publication's name and the date it was published."));
        page.locator("[id='sources:date']").fill(LocalDate.now().plusDays(3).toString());
        click("[id='sources:save']");
        assertTrue(page.locator("[id='sources']").innerText().contains("The date cannot be in the future."));
        assertAccessible();
        page.locator("[id='sources:date']").fill(YESTERDAY.toString());
        click("[id='sources:save']");
        assertTrue(page.locator("#source-list").innerText().contains("The Harbour Gazette (" + YESTERDAY + ")"));

        page.locator("[id='salary:role']").fill("Graduate analyst");
        page.locator("[id='salary:minimum']").fill("61000");
        page.locator("[id='salary:maximum']").fill("52000");
        page.locator("[id='salary:currency']").fill("usd");
        page.locator("[id='salary:source']").fill("Careers fair");
        page.locator("[id='salary:observedOn']").fill(YESTERDAY.toString());
        click("[id='salary:save']");
        assertTrue(page.locator("[id='salary']").innerText().contains("Use a three-letter currency code"));
        page.locator("[id='salary:currency']").fill("USD");
        click("[id='salary:save']");
        assertTrue(page.locator("[id='salary']").innerText()
                .contains("The highest figure must not be below the lowest."));
        assertAccessible();
        page.locator("[id='salary:maximum']").fill("68000");
        click("[id='salary:save']");
        assertTrue(page.locator("#salary-list").innerText().contains("61,000 – 68,000 USD per year"),
                page.locator("#salary-list").innerText());

        page.locator("[id='news:text']").fill("Kestrel opened a depot in Porto.");
        page.locator("[id='news:connector']").selectOption(new SelectOption().setLabel(CONNECTOR));
        page.locator("[id='news:flag']").check();
        click("[id='news:save']");
        assertTrue(page.locator("#news-list").innerText().contains("For the next meeting. For " + CONNECTOR + "."));
        assertFalse(page.locator("[id='news:connector']").innerText().contains("Archived Arne"),
                "archived connectors are not offered");
        assertFalse(page.locator("[id='news:connector']").innerText().contains("Not Yours"));

        page.locator("[id='findings:text']").fill("New starters rotate through three teams.");
        click("[id='findings:save']");
        assertTrue(page.locator("#finding-list").innerText().contains("New starters rotate through three teams."));
        button("Remove: New starters rotate through three teams.").click();
        settle();
        assertTrue(page.locator("[id='findings']").innerText().contains("No findings yet."));
        assertAccessible();
    }

    @Test
    void aSimultaneousEditIsRefusedAndKeepsWhatWasTyped() throws SQLException {
        long noteId = ItDatabase.insertNotebookNote(studentId, "Kestrel culture " + RUN, "First draft");
        signInAs(STUDENT);
        visit(url("student/note?id=" + noteId));

        Page other = openSecondBrowser();
        signIn(other, url(""), STUDENT);
        other.navigate(url("student/note?id=" + noteId));
        other.locator("[id='note:title']").fill("Kestrel culture and hours " + RUN);
        other.locator("[id='note:save']").click();
        other.waitForSelector("text=Your note is saved.");

        String typed = "What I typed in the first window\nmust not be lost.";
        page.locator("[id='note:body']").fill(typed);
        click("[id='note:save']");
        assertTrue(page.locator("[id='note:messages']").innerText().contains("changed in another window or tab"),
                page.locator("[id='note:messages']").innerText());
        assertEquals(typed, page.locator("[id='note:body']").inputValue(), "what the student typed is kept");
        assertAccessible();
        assertEquals("Kestrel culture and hours " + RUN, ItDatabase.notebookNoteTitle(noteId), "the first save stands");
    }
}
