package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff sign in, keep their organizations and import a file through the real pages, in a real Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void loginPageHasNoSeriousAccessibilityViolations() {
        Page page = browser.page(true);
        page.navigate("/login.xhtml");
        assertThat(page.locator("h1")).hasText("Вход в личный кабинет");
        assertEquals(List.of(), Browser.seriousViolations(page));
    }

    /**
     * The benchmark's yardstick (the "plain 20-row PrimeFaces table page", which WebLoad measures next to the
     * residents' pages): served to anyone, twenty rows of four columns, and, being a page, with no serious accessibility
     * violations either.
     */
    @Test
    void theBenchmarksYardstickIsAPlainTwentyRowTable() {
        Page page = browser.page(true);
        assertEquals(200, page.navigate("/bench/yardstick.xhtml").status());
        assertThat(page.locator("#rows tbody tr")).hasCount(20);
        assertThat(page.locator("#rows thead th")).hasCount(4);
        assertThat(page.locator("#rows tbody tr").nth(19)).containsText("Строка номер 20");
        assertEquals(List.of(), Browser.seriousViolations(page));
    }

    @Test
    void aProtectedPageSendsToLoginAndBackAfterSigningIn() {
        Page page = browser.page(false);
        page.navigate("/staff/imports.xhtml");
        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml\\?from=.*"));
        page.getByLabel("Логин, e-mail или лицевой счёт").fill("accountant");
        page.getByLabel("Пароль").fill("demo-accountant-2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page).hasURL(Pattern.compile(".*/staff/imports\\.xhtml"));
        assertThat(page.locator("h1")).hasText("Загрузка данных биллинга");
    }

    /**
     * The residents' cabinet is admitted by the session's record of the sign-in (ResidentPages), not by a web.xml
     * constraint: without a sign-in it sends to the login page and back; staff are refused, pages and receipts alike.
     */
    @Test
    void theCabinetSendsVisitorsToLoginAndRefusesStaff() {
        Page page = browser.page(false);
        page.navigate("/cabinet/charges.xhtml?month=2026-10");
        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml\\?from=%2Fcabinet%2Fcharges\\.xhtml%3Fmonth%3D2026-10"));

        Browser.signIn(page, "operator", "demo-operator-2026");
        assertEquals(403, page.navigate("/cabinet/index.xhtml").status());
        assertEquals(403, page.navigate("/cabinet/receipts/1/2026-10.pdf").status());
        assertEquals(200, page.navigate("/staff/index.xhtml").status());
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Page page = browser.page(false);
        page.navigate("/login.xhtml");
        // An unknown login: the same answer as a wrong password, and the demo users' failure counts stay clean.
        page.getByLabel("Логин, e-mail или лицевой счёт").fill("nobody-" + System.nanoTime());
        page.getByLabel("Пароль").fill("not-the-password");
        page.locator("#loginForm\\:submit").click();
        assertThat(page.locator("#loginForm\\:messages")).hasText("Неверный логин или пароль");
        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
    }

    @Test
    void signingInGivesANewSessionIdAndLogoutEndsTheSession() {
        Page page = browser.page(false);
        page.navigate("/login.xhtml");
        String before = sessionId(page);
        Browser.signIn(page, "admin", "demo-admin-2026");
        assertThat(page.locator("#welcome")).hasText("Здравствуйте, Администратор");
        String after = sessionId(page);
        assertTrue(after != null && !after.equals(before), "session id must change at login: " + before + " -> " + after);
        page.locator("#logoutForm\\:logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml"));
        page.navigate("/staff/index.xhtml");
        assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml\\?from=.*"));
    }

    @Test
    void theAdministratorCreatesAnOrganizationOnTheStaffPage() {
        Page page = browser.page(false);
        Browser.signIn(page, "admin", "demo-admin-2026");
        page.navigate("/staff/organizations.xhtml");
        String code = "WEB" + System.nanoTime() % 100000;
        page.locator("#orgs\\:code").fill(code);
        page.getByLabel("Название").fill("ТСЖ «Берёзка»");
        page.getByLabel("ИНН").fill("123");
        page.locator("#orgs\\:save").click();
        assertThat(page.locator("#orgs\\:messages")).containsText("ИНН: «123» — ожидается 10 или 12 цифр");
        page.getByLabel("ИНН").fill("5406999999");
        page.locator("#orgs\\:save").click();
        assertThat(page.locator("#orgs\\:messages")).hasText("Организация сохранена");
        assertThat(page.locator("#orgs\\:table")).containsText("ТСЖ «Берёзка»");
        String listed = StaffApi.ADMIN.get("/api/staff/organizations").body();
        assertTrue(listed.contains("\"code\":\"" + code + "\"") && listed.contains("\"inn\":\"5406999999\""), listed);
    }

    @Test
    void theAccountantUploadsAFileAndWatchesItsImport() {
        Page page = browser.page(false);
        Browser.signIn(page, "accountant", "demo-accountant-2026");
        page.navigate("/staff/imports.xhtml");
        assertEquals(List.of(), Browser.seriousViolations(page));
        page.locator("#upload\\:type").selectOption("key_rates");
        page.locator("#upload\\:file").setInputFiles(TestOrganization.SAMPLES.resolve("key_rates.csv"));
        page.locator("#upload\\:submit").click();
        assertThat(page.locator("#status")).containsText("Загружено", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#rowsApplied")).hasText("1");
        assertThat(page.locator("#report\\:history")).containsText("key_rates.csv");
    }

    @Test
    void aBadFileShowsEveryRejectedRowOnThePage() {
        Page page = browser.page(false);
        Browser.signIn(page, "accountant", "demo-accountant-2026");
        page.navigate("/staff/imports.xhtml");
        page.locator("#upload\\:type").selectOption("key_rates");
        page.locator("#upload\\:file").setInputFiles(new com.microsoft.playwright.options.FilePayload("rates.csv", "text/csv",
                "valid_from;rate\n2025-01-01;abc\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#upload\\:submit").click();
        assertThat(page.locator("#status")).containsText("Не загружено", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#report\\:errors")).containsText("«abc» — не число");
        assertThat(page.locator("#report\\:errors")).containsText("rate");
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }

    static Path samples() {
        return TestOrganization.SAMPLES;
    }
}
