package ru.gkh.cabinet.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Chromium driven by Playwright: Debian's /usr/bin/chromium here (no browser can be downloaded), or
 * Playwright's own where {@code cabinet.it.chromium} is empty and a download is possible.
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create();
        String chromium = System.getProperty("cabinet.it.chromium", "/usr/bin/chromium");
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run"));
        if (!chromium.isBlank() && Files.isExecutable(Path.of(chromium))) {
            options.setExecutablePath(Path.of(chromium));
        }
        browser = playwright.chromium().launch(options);
    }

    private static final java.util.concurrent.atomic.AtomicInteger VISITORS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A fresh page with its own cookies, as a new visitor from an address of its own (so that the per-address limits
     * of the cabinet count each test's visitors apart, run after run); 360 px wide when {@code phone}.
     */
    Page page(boolean phone) {
        int n = VISITORS.incrementAndGet();
        return page(phone, "10.88." + (ProcessHandle.current().pid() % 250) + "." + (n % 250 + 1));
    }

    /**
     * A fresh page of a visitor from {@code clientAddress} (as a trusted reverse proxy reports it in X-Forwarded-For), so
     * that the per-address limits a test exercises belong to it alone.
     */
    Page page(boolean phone, String clientAddress) {
        NewContextOptions o = new NewContextOptions().setLocale("ru-RU").setBaseURL(StaffApi.BASE);
        if (phone) {
            o.setViewportSize(360, 740);
        }
        if (clientAddress != null) {
            o.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", clientAddress));
        }
        return browser.newContext(o).newPage();
    }

    /** Signs in on the login page and waits until the staff start page (or the page it came from) is shown. */
    static void signIn(Page page, String user, String password) {
        page.navigate("/login.xhtml");
        page.getByLabel("Логин, e-mail или лицевой счёт").fill(user);
        page.getByLabel("Пароль").fill(password);
        page.locator("#loginForm\\:submit").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff/.*"));
    }

    /** Staff who serve every organization choose, in the page header, the one the page acts for. */
    static void actFor(Page page, String organizationCode) {
        page.locator("#actingForm\\:organization").selectOption(organizationCode);
        page.locator("#actingForm\\:choose").click();
    }

    /** Serious and critical accessibility violations of the page, as readable lines (empty when there are none). */
    static List<String> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).collect(Collectors.toList());
    }

    /**
     * What makes the page wider than its window (on a phone, a page that scrolls sideways): the outermost elements whose
     * right edge is past the window's, as lines naming them and that edge (empty when the page fits).
     */
    @SuppressWarnings("unchecked")
    static List<String> sticksOut(Page page) {
        return (List<String>) page.evaluate("() => { const w = document.documentElement.clientWidth, out = [];"
                + " for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect().right;"
                + " if (r > w + 0.5 && !(e.parentElement.getBoundingClientRect().right > w + 0.5))"
                + " out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ends at ' + Math.round(r) + ' px of ' + w); }"
                + " return out; }");
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
