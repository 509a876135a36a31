package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.SQLException;
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
import org.rapport.testsupport.CampusSession;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.Persona;

/**
 * The journeys of a student, an advisor and an administrator in Chromium: sign in through the campus provider,
 * see their own home page, be refused someone else's record, import a roster (administrator), sign out (by
 * keyboard). axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysBrowserIT extends BrowserTestBase {

    private static final Persona STUDENT = Persona.of("student", "Sofia Santangelo", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Hugo Holloway", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Ines Iwu", "career-admins");
    private static final String STUDENT_NUMBER = "IT" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STRANGER_NUMBER = "IT" + UUID.randomUUID().toString().substring(0, 8);

    private static long studentId;
    private static long strangerId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void roster() throws SQLException {
        studentId = ItDatabase.insertStudent(STUDENT_NUMBER, "Sofia", "Santangelo", STUDENT.email());
        strangerId = ItDatabase.insertStudent(STRANGER_NUMBER, "Tomas", "Stranger",
                "stranger." + STRANGER_NUMBER + "@students.it.example");
        long advisorId = ItDatabase.insertAdvisor("Hugo", "Holloway", ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, studentId);
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private void signInAs(Persona persona) {
        visit(url(""));
        CampusSession.queue(persona);
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Sign in with your campus login")).click();
        page.waitForURL(u -> u.contains("/rapport/") && !u.contains("/signin") && !u.contains("/callback"));
        settle();
        assertAccessible();
        assertEquals(persona.name(), page.locator("#signed-in-as").innerText());
    }

    private void signOutByKeyboard() {
        page.locator("#sign-out").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/signed-out");
        settle();
        assertAccessible();
        assertTrue(page.locator("h1").innerText().contains("You have signed out"));
        assertEquals(0, page.locator("#signed-in-as").count());
    }

    @Test
    void studentSeesOwnRecordIsRefusedAnotherAndSignsOut() {
        signInAs(STUDENT);
        assertTrue(page.url().endsWith("/student/home"), page.url());
        Locator record = page.locator("#student-record");
        assertTrue(record.innerText().contains(STUDENT_NUMBER));
        assertTrue(record.innerText().contains("Hugo Holloway"));

        Response refused = visit(url("staff/student?id=" + strangerId));
        assertEquals(403, refused.status());
        assertFalse(page.content().contains(STRANGER_NUMBER));

        signOutByKeyboard();
        // Signed out, the page needs a new sign-in; the test provider now signs in an unknown person instead.
        visit(url("student/home"));
        assertFalse(page.url().endsWith("/student/home"), page.url());
        assertFalse(page.content().contains(STUDENT_NUMBER), "the record is not shown without signing in again");
    }

    @Test
    void studentKeepsContactDetailsCurrentAndASimultaneousEditIsNotLost() throws SQLException {
        Persona student = Persona.of("student", "Mateo Quintero", "students");
        String number = "P" + UUID.randomUUID().toString().substring(0, 7);
        ItDatabase.insertStudent(number, "Mateo", "Quintero", student.email());

        signInAs(student);
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Edit my contact details")).click();
        settle();
        assertAccessible();

        page.locator("[id='profile:email']").fill("not an address");
        page.locator("[id='profile:save']").click();
        settle();
        assertTrue(page.locator("[id='profile'] .r-field").first().innerText()
                .contains("Enter an e-mail address such as"), "the message stands next to the field");
        assertAccessible();

        page.locator("[id='profile:email']").fill("mateo.q@students.it.example");
        page.locator("[id='profile:zone']").selectOption("Europe/Lisbon");
        page.locator("[id='profile:save']").click();
        settle();
        assertTrue(page.locator("[id='profile:messages']").innerText().contains("Your contact details are saved."));

        // The same student in a second browser, on a form loaded before the next save.
        com.microsoft.playwright.Page other = openSecondBrowser();
        other.navigate(url(""));
        CampusSession.queue(student);
        other.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Sign in with your campus login")).click();
        other.waitForURL(u -> u.endsWith("/student/home"));
        other.navigate(url("student/profile"));

        page.locator("[id='profile:zone']").selectOption("Asia/Tokyo");
        page.locator("[id='profile:save']").click();
        settle();

        other.locator("[id='profile:email']").fill("mateo.typed.this@students.it.example");
        other.locator("[id='profile:save']").click();
        other.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
        other.waitForSelector("text=Someone else changed");
        assertEquals("mateo.typed.this@students.it.example", other.locator("[id='profile:email']").inputValue(),
                "what the student typed is kept");
        visit(url("student/home"));
        assertTrue(page.locator("#student-record").innerText().contains("Asia/Tokyo"), "the first save stands");
        assertTrue(page.locator("#student-record").innerText().contains("mateo.q@students.it.example"));
    }

    @Test
    void advisorOpensACaseloadStudentButNotAStranger() {
        signInAs(ADVISOR);
        assertTrue(page.url().endsWith("/staff/students"), page.url());
        typeAndWaitForAjax(page, page.locator("[id='students:filter']"), STUDENT_NUMBER);
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Santangelo, Sofia")).click();
        settle();
        assertAccessible();
        assertTrue(page.locator("#student-record").innerText().contains(STUDENT_NUMBER));

        Response refused = visit(url("staff/student?id=" + strangerId));
        assertEquals(403, refused.status());
        assertFalse(page.content().contains(STRANGER_NUMBER));
        signOutByKeyboard();
    }

    @Test
    void administratorImportsARosterOnlyWhenItIsCleanAndReimportingUpdates() throws SQLException {
        String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String existingNumber = "X" + batch;
        ItDatabase.insertStudent(existingNumber, "Lena", "Achterberg", "lena." + batch + "@students.it.example");
        String header = "student_number,given_name,family_name,email,college,major,class_year,graduation_term\n";
        String bad = header + "R" + batch + "1,Amara,Eze,not-an-address,School of Business,Finance,Third year,Spring 2027\n";
        String good = header
                + "R" + batch + "1,Amara,Eze,amara." + batch + "@students.it.example,School of Business,Finance,Third year,Spring 2027\n"
                + "R" + batch + "2,Jonas,Novak,jonas." + batch + "@students.it.example,School of Design,Graphic Design,1,\n"
                + existingNumber + ",Lena,Achterberg-Moreau,lena." + batch + "@students.it.example,School of Business,Finance,4,Spring 2026\n";

        signInAs(ADMIN);
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Import a roster")).click();
        settle();
        assertAccessible();

        page.locator("[id='roster:check']").click();
        settle();
        assertTrue(page.locator("[id='roster']").innerText().contains("Choose a CSV file to check."));

        upload("bad.csv", bad);
        assertTrue(page.locator("#not-clean").innerText().contains("1 problem"));
        assertTrue(page.locator("[id='problems']").innerText().contains("This is not an e-mail address."));
        assertAccessible();
        assertEquals(0, ItDatabase.countStudentsWithNumberPrefix("R" + batch));

        upload("good.csv", good);
        assertTrue(page.locator("#clean").innerText().contains("3 students, 2 new and 1 already in Rapport"),
                page.locator("#clean").innerText());
        page.locator("[id='import:start']").click();
        page.waitForSelector("[id='import:done']", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                .setTimeout(30_000));
        assertTrue(page.locator("[id='import:done']").innerText().contains("2 students added, 1 updated"));
        assertAccessible();
        assertEquals(2, ItDatabase.countStudentsWithNumberPrefix("R" + batch));
        assertEquals("Achterberg-Moreau", ItDatabase.familyNameOf(existingNumber));

        upload("good.csv", good);
        assertTrue(page.locator("#clean").innerText().contains("0 new and 3 already in Rapport"));
        signOutByKeyboard();
    }

    private void upload(String name, String csv) {
        page.locator("[id='roster:file']").setInputFiles(new com.microsoft.playwright.options.FilePayload(name,
                "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("[id='roster:check']").click();
        settle();
    }

    @Test
    void administratorBuildsACaseloadThatTheAdvisorThenSees() throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Persona advisor = Persona.of("advisor", "Zara Zielinski" + suffix, "career-advisors");
        ItDatabase.insertAdvisor("Zara", "Zielinski" + suffix, advisor.email());
        String number = "C" + suffix;
        ItDatabase.insertStudent(number, "Quentin", "Caseload" + suffix, "quentin." + suffix + "@students.it.example");

        signInAs(ADMIN);
        visit(url("admin/caseloads"));
        page.locator("[id='caseload:advisor']").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Zielinski" + suffix + ", Zara"));
        settle();
        assertAccessible();

        page.locator("[id='caseload:number']").fill("NO-SUCH-" + suffix);
        page.locator("[id='caseload:add']").click();
        settle();
        assertTrue(page.locator("[id='caseload']").innerText().contains("The record you asked for is not available."));

        page.locator("[id='caseload:number']").fill(number);
        page.locator("[id='caseload:add']").click();
        settle();
        assertTrue(page.locator("[id='caseload:students']").innerText().contains(number));
        page.locator("[id='caseload:number']").fill(number);
        page.locator("[id='caseload:add']").click();
        settle();
        assertTrue(page.locator("[id='caseload']").innerText().contains("is already on this caseload"));
        assertAccessible();
        signOutByKeyboard();

        signInAs(advisor);
        assertTrue(page.locator("[id='students:table']").innerText().contains(number),
                "the advisor sees the student the administrator assigned");
        signOutByKeyboard();
    }

    @Test
    void twoAdministratorsChangingTheSameAccountGetAConflictNotAnOverwrite() {
        Persona newcomer = Persona.of("newcomer", "Vera Newcomer" + UUID.randomUUID().toString().substring(0, 4), null);
        CampusSession.signIn(Deployments.onLoopback(deploymentUrl), newcomer);

        signInAs(ADMIN);
        visit(url("admin/accounts"));
        typeAndWaitForAjax(page, page.locator("[id='accounts:filter']"), newcomer.name());

        com.microsoft.playwright.Page other = openSecondBrowser();
        other.navigate(url(""));
        CampusSession.queue(ADMIN);
        other.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Sign in with your campus login")).click();
        other.waitForURL(u -> u.endsWith("/admin/home"));
        other.navigate(url("admin/accounts"));
        typeAndWaitForAjax(other, other.locator("[id='accounts:filter']"), newcomer.name());
        other.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Grant Advisor")).click();
        other.waitForSelector("text=now has the role Advisor");

        // This administrator's list still shows the account without the role: the change must be refused.
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Grant Administrator")).click();
        settle();
        assertTrue(page.locator("[id='accounts:messages']").innerText().contains("Someone else changed"),
                page.locator("[id='accounts:messages']").innerText());
        assertTrue(page.locator("[id='accounts:table']").innerText().contains("Remove Advisor"),
                "the list now shows the other administrator's change");
        assertTrue(page.locator("[id='accounts:table']").innerText().contains("Grant Administrator"),
                "the refused change was not applied");
        assertAccessible();
    }

    @Test
    void administratorFindsAnyStudent() {
        signInAs(ADMIN);
        assertTrue(page.url().endsWith("/admin/home"), page.url());
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("All students").setExact(true)).first().click();
        settle();
        assertAccessible();
        typeAndWaitForAjax(page, page.locator("[id='students:filter']"), STRANGER_NUMBER);
        assertTrue(page.locator("[id='students:table']").innerText().contains(STRANGER_NUMBER));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Stranger, Tomas")).click();
        settle();
        assertAccessible();
        assertTrue(page.locator("#student-record").innerText().contains(STRANGER_NUMBER));

        // Correcting the registrar's data: a bad term is explained next to the field, a good one saved.
        page.locator("#edit-record").click();
        settle();
        assertAccessible();
        page.locator("[id='edit:major']").fill("Urban Planning");
        page.locator("[id='edit:term']").fill("Someday");
        page.locator("[id='edit:save']").click();
        settle();
        assertTrue(page.locator("[id='edit']").innerText().contains("Use a season and a year"));
        page.locator("[id='edit:term']").fill("Fall 2028");
        page.locator("[id='edit:save']").click();
        settle();
        assertTrue(page.locator("[id='edit:messages']").innerText().contains("The record is saved."));
        visit(url("staff/student?id=" + strangerId));
        assertTrue(page.locator("#student-record").innerText().contains("Urban Planning"));
        assertTrue(page.locator("#student-record").innerText().contains("Fall 2028"));

        // The look just taken is in the audit log, found by the student's number.
        visit(url("admin/audit"));
        page.locator("[id='audit:student']").fill(STRANGER_NUMBER);
        page.locator("[id='audit:search']").click();
        settle();
        String entries = page.locator("[id='audit:entries']").innerText();
        assertTrue(entries.contains("Opened a student's record") && entries.contains(ADMIN.name()), entries);
        assertAccessible();
        signOutByKeyboard();
    }
}
