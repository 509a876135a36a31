package org.rapport.orgcharts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * Organisations and org charts in Chromium: a student finds an organisation, draws a chart of it (two people, one
 * reporting to the other, with sources and confidence), is refused a reporting cycle, and shares the chart; the
 * caseload advisor reads it, nobody else can. A student adds an organisation, is stopped from adding it twice, and
 * a simultaneous edit in a second browser is refused without losing what was typed. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrgChartBrowserIT extends BrowserTestBase {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final Persona STUDENT = Persona.of("student", "Amara Eze", "students");
    private static final Persona OTHER_STUDENT = Persona.of("student", "Tomas Novak", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Leila Moreau", "career-advisors");
    private static final Persona OTHER_ADVISOR = Persona.of("advisor", "Finn Underhill", "career-advisors");
    private static final Persona ADMIN = Persona.of("admin", "Isla Grimaldi", "career-admins");
    private static final String ORGANISATION = "Kestrel Analytics " + SUFFIX;

    private static long studentId;
    private static long organisationId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        studentId = ItDatabase.insertStudent("OC" + SUFFIX, "Amara", "Eze", STUDENT.email());
        ItDatabase.insertStudent("OD" + SUFFIX, "Tomas", "Novak", OTHER_STUDENT.email());
        long advisorId = ItDatabase.insertAdvisor("Leila", "Moreau", ADVISOR.email());
        ItDatabase.insertAdvisor("Finn", "Underhill", OTHER_ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, studentId);
        organisationId = ItDatabase.insertOrganisation(ORGANISATION, "TECHNOLOGY", "MEDIUM");
    }

    private String base() {
        return Deployments.onLoopback(deploymentUrl);
    }

    private String url(String path) {
        return base() + path;
    }

    private void signInAs(Page target, Persona persona) {
        signIn(target, url(""), persona);
    }

    private void signOut() {
        page.locator("#sign-out").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/signed-out");
    }

    private void click(String selector) {
        page.locator(selector).click();
        settle();
    }

    private void addNode(String name, String title, String source, String confidence) {
        page.locator("[id='editor:name']").fill(name);
        page.locator("[id='editor:title']").fill(title);
        page.locator("[id='editor:source']").fill(source);
        page.locator("[id='editor:confidence']").selectOption(new SelectOption().setLabel(confidence));
        click("[id='editor:save']");
        assertTrue(page.locator("[id='editor:messages']").innerText().contains(name + " is saved on the chart."),
                page.locator("[id='editor']").innerText());
    }

    @Test
    void studentDrawsAChartIsRefusedACycleAndSharesItWithTheCaseloadAdvisorOnly() throws SQLException {
        signInAs(page, STUDENT);
        visit(url("organisations/list"));
        typeAndWaitForAjax(page, page.locator("[id='organisations:filter']"), ORGANISATION);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ORGANISATION)).click();
        settle();
        assertAccessible();
        assertFalse(page.locator("[id='details']").isVisible(), "a student reads, but does not edit, others' entries");
        page.locator("#my-org-chart").click();
        settle();
        assertAccessible();
        assertTrue(page.locator("#empty-chart").innerText().contains("Nothing on this chart yet"));

        addNode("Dana Whitcombe", "Head of Data", "company website, leadership page", "Confirmed");
        click("[id='editor:addReport']");
        assertEquals("Add to the chart", page.locator("#editor-heading").innerText().strip());
        addNode("Sam Okafor", "Data Engineer", "told by Dana in our meeting on 3 March", "Likely");
        assertAccessible();

        Locator drawn = page.locator(".ui-organigram-node");
        assertTrue(drawn.filter(new Locator.FilterOptions().setHasText("Dana Whitcombe")).isVisible());
        assertTrue(drawn.filter(new Locator.FilterOptions().setHasText("Sam Okafor")).isVisible());
        Locator danaItem = page.locator("[id='outline'] > ul > li").filter(
                new Locator.FilterOptions().setHasText("Dana Whitcombe"));
        assertTrue(danaItem.locator("ul > li").innerText().contains("Sam Okafor"), "Sam is nested under Dana");
        assertTrue(danaItem.locator("ul > li").innerText().contains("told by Dana in our meeting on 3 March"));
        assertTrue(danaItem.innerText().contains("Confirmed"));

        // Selecting Dana in the drawing opens her in the editor; she may not report to Sam, who reports to her.
        drawn.filter(new Locator.FilterOptions().setHasText("Dana Whitcombe")).click();
        settle();
        assertEquals("Edit: Dana Whitcombe", page.locator("#editor-heading").innerText().strip());
        page.locator("[id='editor:manager']").selectOption(new SelectOption().setLabel("\u2014 Sam Okafor"));
        click("[id='editor:save']");
        assertTrue(page.locator("[id='editor']").innerText().contains("Dana Whitcombe cannot report to Sam Okafor"),
                page.locator("[id='editor']").innerText());
        assertAccessible();

        // The nested list works by keyboard too: its link opens Sam in the editor.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Sam Okafor")).focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("node="));
        settle();
        assertEquals("Edit: Sam Okafor", page.locator("#editor-heading").innerText().strip());

        page.locator("[id='share:shared']").check();
        settle();
        assertTrue(page.locator("[id='share:messages']").innerText().contains("Your advisor can now read this chart."));
        assertAccessible();
        Long chartId = ItDatabase.orgChartIdOf(studentId, organisationId);
        assertNotNull(chartId);
        signOut();

        signInAs(page, ADVISOR);
        visit(url("organisations/organisation?id=" + organisationId));
        page.locator("#shared-charts").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Amara Eze")).click();
        settle();
        assertAccessible();
        assertTrue(page.url().contains("staff/org-chart?id=" + chartId), page.url());
        String outline = page.locator("[id='outline']").innerText();
        assertTrue(outline.contains("Dana Whitcombe") && outline.contains("Sam Okafor"), outline);
        assertEquals(0, page.locator("[id='outline'] a").count(), "the advisor reads, and cannot edit");
        signOut();

        signInAs(page, OTHER_STUDENT);
        Response refused = visit(url("staff/org-chart?id=" + chartId));
        assertEquals(403, refused.status());
        assertFalse(page.content().contains("Dana Whitcombe"));

        assertEquals(403, CampusSession.signIn(base(), OTHER_ADVISOR).get("staff/org-chart?id=" + chartId)
                .statusCode(), "an advisor without the student on their caseload is refused");
        assertEquals(403, CampusSession.signIn(base(), ADMIN).get("staff/org-chart?id=" + chartId).statusCode(),
                "administrators do not read students' research");
        assertEquals(404, CampusSession.signIn(base(), ADVISOR).get("staff/org-chart?id=999999999999")
                .statusCode());
    }

    @Test
    void studentAddsAnOrganisationOnceAndASimultaneousEditIsRefusedKeepingTheInput() {
        String name = "Juniper Labs " + SUFFIX;
        signInAs(page, STUDENT);
        visit(url("organisations/list"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add organisation")).click();
        settle();
        assertAccessible();
        page.locator("[id='details:name']").fill(name);
        page.locator("[id='details:industry']").selectOption(new SelectOption().setLabel("Technology"));
        page.locator("[id='details:size']").selectOption(new SelectOption().setLabel("10 to 49 people"));
        page.locator("[id='details:website']").fill("www.juniper.example");
        click("[id='details:save']");
        assertTrue(page.locator("[id='details']").innerText().contains("Enter a web address starting with http"),
                "the message stands next to the field");
        assertAccessible();
        page.locator("[id='details:website']").fill("https://www.juniper.example");
        page.locator("[id='details:save']").click();
        page.waitForURL(u -> u.contains("organisation?id="));
        settle();
        assertTrue(page.locator("[id='details:messages']").innerText().contains(name + " is in the list now."));
        String ownPage = page.url();

        // The same name again is refused next to the name, with a way to the existing entry.
        visit(url("organisations/organisation"));
        page.locator("[id='details:name']").fill(name.toUpperCase());
        page.locator("[id='details:industry']").selectOption(new SelectOption().setLabel("Technology"));
        page.locator("[id='details:size']").selectOption(new SelectOption().setLabel("10 to 49 people"));
        click("[id='details:save']");
        assertTrue(page.locator("[id='details'] .r-field").first().innerText().contains("already has an organisation"));
        assertTrue(page.locator("#details\\:open-existing, [id='details:open-existing']").first().innerText()
                .contains("Open " + name));
        assertAccessible();

        // A location and a competitor on the student's own entry.
        page.navigate(ownPage);
        settle();
        click("[id='details:addLocation']");
        page.locator("[id='details'] input[id$='locationCity']").first().fill("Brambleton");
        page.locator("[id='details'] input[id$='locationCountry']").first().fill("gb");
        click("[id='details:save']");
        assertTrue(page.locator("[id='details:messages']").innerText().contains("The organisation is saved."));
        assertEquals("GB", page.locator("[id='details'] input[id$='locationCountry']").first().inputValue());
        page.locator("[id='competitors:competitor_input']").pressSequentially(ORGANISATION.substring(0, 9) + " ");
        page.locator(".ui-autocomplete-item").filter(new Locator.FilterOptions().setHasText(ORGANISATION)).click();
        click("[id='competitors:addCompetitor']");
        assertTrue(page.locator("#competitor-list").innerText().contains(ORGANISATION));
        assertAccessible();
        visit(url("organisations/organisation?id=" + organisationId));
        assertTrue(page.locator("#competitor-list").innerText().contains(name), "the competitor lists it back");

        // The same student in a second browser saves first; this browser's save is refused, its input kept.
        page.navigate(ownPage);
        settle();
        Page other = openSecondBrowser();
        signInAs(other, STUDENT);
        other.navigate(ownPage);
        other.locator("[id='details:website']").fill("https://careers.juniper.example");
        other.locator("[id='details:save']").click();
        other.waitForSelector("text=The organisation is saved.");

        page.locator("[id='details:notes']").fill("Met their recruiter at the spring fair.");
        click("[id='details:save']");
        assertTrue(page.locator("[id='details:messages']").innerText().contains("Someone else changed"),
                page.locator("[id='details:messages']").innerText());
        assertEquals("Met their recruiter at the spring fair.", page.locator("[id='details:notes']").inputValue(),
                "what the student typed is kept");
        assertTrue(page.locator("#saved").innerText().contains("https://careers.juniper.example"),
                "the page shows what the other save stored");
        assertAccessible();
    }
}
