package org.rapport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.FailingServlet;
import org.rapport.testsupport.ShellCheckBacking;

/**
 * The page frame as a person meets it, in headless Chromium: the landing page, keyboard use, extensionless URLs,
 * the shared form tags with a message next to the field, and the 404, 500 and expired-view pages (friendly,
 * no stack trace, no server banner). Also the health endpoints a load balancer calls.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT extends BrowserTestBase {

    private static final Pattern INCIDENT = Pattern.compile("quote reference ([0-9A-F]{8})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar()
                .addClass(ShellCheckBacking.class)
                .addAsWebResource(new File("src/test/resources/it-pages/shell-check.xhtml"), "it/shell-check.xhtml");
    }

    @ArquillianResource
    private URL base;

    private String url(String path) {
        return Deployments.onLoopback(base) + path;
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String absoluteUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(absoluteUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void landingPageSaysWhatRapportIsAndWorksByKeyboard() {
        Response response = visit(url(""));
        assertEquals(200, response.status());
        assertTrue(page.title().contains("Rapport"));
        assertTrue(page.locator("h1").innerText().contains("Prepare, ask, meet and follow up"));
        assertTrue(page.locator("main").innerText().contains("informational interviews"));
        assertEquals("en", page.locator("html").getAttribute("lang"));

        // The first Tab reaches the skip link, which moves focus to the main content.
        page.keyboard().press("Tab");
        assertEquals("Skip to main content", page.evaluate("() => document.activeElement.textContent.trim()"));
        page.keyboard().press("Enter");
        assertEquals("main", page.evaluate("() => document.activeElement.id"));

        // The step tabs load by AJAX and can be chosen with the keyboard.
        Locator askTab = page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ask"));
        askTab.focus();
        page.keyboard().press("Enter");
        settle();
        assertTrue(page.locator("[id='steps:tabs']").innerText().contains("never asks for a job"));
        assertAccessible();
    }

    @Test
    void pageUrlsHaveNoXhtmlExtension() throws Exception {
        HttpResponse<String> response = get(url("index.xhtml"));
        assertTrue(response.statusCode() == 301 || response.statusCode() == 302, "status " + response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertFalse(location.endsWith(".xhtml"), location);
        visit(url(""));
        String homeLink = page.locator("nav a").first().getAttribute("href");
        assertFalse(homeLink.contains(".xhtml"), homeLink);
    }

    @Test
    void fieldTagShowsTheMessageNextToTheFieldAndKeepsTheInput() {
        visit(url("it/shell-check"));
        page.locator("[id='check:email']").fill("not-an-address");
        page.locator("[id='check:save']").click();
        settle();
        Locator message = page.locator("[id='check'] .r-field .ui-message");
        assertTrue(message.innerText().contains("Enter an e-mail address such as"), message.innerText());
        assertEquals("not-an-address", page.locator("[id='check:email']").inputValue());
        assertEquals("true", page.locator("[id='check:email']").getAttribute("aria-invalid"));
        assertAccessible();

        page.locator("[id='check:email']").fill("amara.eze@students.northfield.example");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        settle();
        assertTrue(page.locator("[id='check:messages']").innerText().contains("Saved amara.eze@"));
    }

    @Test
    void unknownAddressShowsTheFriendlyNotFoundPage() throws Exception {
        Response response = visit(url("no/such/page"));
        assertEquals(404, response.status());
        assertTrue(page.locator("h1").innerText().contains("We could not find that page"));
        assertNoServerDetails(get(url("no/such/page")));
    }

    @Test
    void unexpectedFailureShowsAReferenceButNoStackTrace() throws Exception {
        Response response = visit(url("it/fail"));
        assertEquals(500, response.status());
        String text = page.locator("main").innerText();
        assertTrue(text.contains("Something went wrong on our side"));
        assertTrue(INCIDENT.matcher(text).find(), text);
        HttpResponse<String> raw = get(url("it/fail"));
        assertFalse(raw.body().contains(FailingServlet.SECRET_DETAIL));
        assertFalse(raw.body().contains("IllegalStateException"));
        assertFalse(raw.body().contains("at org."));
        assertNoServerDetails(raw);
    }

    @Test
    void ajaxAfterTheSessionExpiredShowsTheExpiredPage() {
        visit(url(""));
        // Losing the session cookie is what an expired session looks like to the server.
        page.context().clearCookies();
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Meet")).click();
        page.waitForSelector("text=Your session has expired");
        settle();
        assertNotNull(page.locator("a#reload").getAttribute("href"));
        assertAccessible();
    }

    @Test
    void healthEndpointsAnswer() throws Exception {
        URI root = URI.create(url("")).resolve("/");
        HttpResponse<String> ready = get(root.resolve("health/ready").toString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().matches("(?s).*\"name\"\\s*:\\s*\"database\".*"), ready.body());
        assertTrue(ready.body().matches("(?s).*\"status\"\\s*:\\s*\"UP\".*"), ready.body());
        HttpResponse<String> live = get(root.resolve("health/live").toString());
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("application"), live.body());
    }

    private static void assertNoServerDetails(HttpResponse<String> response) {
        assertNull(response.headers().firstValue("X-Powered-By").orElse(null));
        String server = response.headers().firstValue("Server").orElse("");
        assertFalse(server.toLowerCase().contains("payara") || server.toLowerCase().contains("glassfish"), server);
        assertFalse(response.body().contains("Payara"), "server name in the page body");
    }
}
