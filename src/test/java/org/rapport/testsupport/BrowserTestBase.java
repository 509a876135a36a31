package org.rapport.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the browser tests: Debian's headless Chromium driven by Playwright (no browser download), one fresh
 * browser context per test, a wait for PrimeFaces AJAX to settle, axe-core on every page visited (a serious or
 * critical violation fails the test) and a screenshot in {@code target/screenshots} when a test fails.
 */
public abstract class BrowserTestBase {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private final java.util.List<BrowserContext> extraContexts = new java.util.ArrayList<>();
    protected Page page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotIfFailed;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("rapport.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        extraContexts.forEach(BrowserContext::close);
        extraContexts.clear();
        if (context != null) {
            context.close();
        }
    }

    /** A second, independent browser (own cookies), for tests of two people working at once; closed after the test. */
    protected Page openSecondBrowser() {
        BrowserContext second = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        extraContexts.add(second);
        Page other = second.newPage();
        other.setDefaultTimeout(15_000);
        return other;
    }

    /**
     * Types into a field that filters by AJAX after a short delay, and waits until that request has been answered
     * and applied (waiting for an empty queue alone can come before the delayed request starts).
     */
    protected static void typeAndWaitForAjax(Page target, com.microsoft.playwright.Locator input, String text) {
        input.fill("");
        // Typed key by key, as a person does: the field filters on key-up, which fill() would not trigger.
        target.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> input.pressSequentially(text));
        target.waitForFunction("() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
    }

    /**
     * Signs {@code persona} in on {@code target} through the campus provider, starting from the landing page at
     * {@code landingUrl}, and waits until Rapport shows them signed in.
     */
    protected static void signIn(Page target, String landingUrl, Persona persona) {
        target.navigate(landingUrl);
        CampusSession.queue(persona);
        target.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Sign in with your campus login")).click();
        target.waitForURL(u -> u.contains("/rapport/") && !u.contains("/signin") && !u.contains("/callback"));
        target.waitForLoadState();
        org.junit.jupiter.api.Assertions.assertEquals(persona.name(), target.locator("#signed-in-as").innerText());
    }

    /** Opens {@code url}, waits for the page and its AJAX to settle, and checks it with axe-core. */
    protected Response visit(String url) {
        Response response = page.navigate(url);
        settle();
        assertAccessible();
        return response;
    }

    /** Waits until PrimeFaces has no AJAX request queued or running (pages without PrimeFaces pass at once). */
    protected void settle() {
        page.waitForLoadState();
        page.waitForFunction("() => !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()");
    }

    /** Waits up to 15 s until {@code script} (a JavaScript function) returns a truthy value on the page. */
    protected void waitFor(String script) {
        page.waitForFunction(script, null, new Page.WaitForFunctionOptions().setTimeout(15_000));
    }

    /** Waits until the composer's etiquette checker shows {@code rule} with {@code status} (PASS, FAIL, ...). */
    protected void waitForRule(String rule, String status) {
        waitFor("() => { const r = document.getElementById('rule-" + rule + "');"
                + " return r && r.classList.contains('r-composer-" + status + "'); }");
    }

    /** Fails on any serious or critical WCAG 2.1 A/AA violation on the current page. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n" + blocking.stream()
                    .map(rule -> " - [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    private void screenshotIfFailed(ExtensionContext extension) throws Exception {
        if (extension.getExecutionException().isEmpty() || page == null) {
            return;
        }
        Path dir = Path.of(System.getProperty("rapport.it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(extension.getRequiredTestClass().getSimpleName() + "-"
                + extension.getRequiredTestMethod().getName() + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
