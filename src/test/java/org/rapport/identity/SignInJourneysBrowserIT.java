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
 * see their own home page, be refused someone else's record, sign out (by keyboard). axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneysBrowserIT extends BrowserTestBase {

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
        visit(url("student/home"));
        assertTrue(page.url().contains("/campus/authorize") || page.url().contains("/rapport/"),
                "after signing out the student's page needs a new sign-in: " + page.url());
    }

    @Test
    void advisorOpensACaseloadStudentButNotAStranger() {
        signInAs(ADVISOR);
        assertTrue(page.url().endsWith("/staff/students"), page.url());
        page.locator("[id='students:filter']").fill(STUDENT_NUMBER);
        settle();
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
    void administratorFindsAnyStudent() {
        signInAs(ADMIN);
        assertTrue(page.url().endsWith("/admin/home"), page.url());
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("All students").setExact(true)).first().click();
        settle();
        assertAccessible();
        page.locator("[id='students:filter']").fill(STRANGER_NUMBER);
        settle();
        assertTrue(page.locator("[id='students:table']").innerText().contains(STRANGER_NUMBER));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Stranger, Tomas")).click();
        settle();
        assertAccessible();
        assertTrue(page.locator("#student-record").innerText().contains(STRANGER_NUMBER));
        signOutByKeyboard();
    }
}
