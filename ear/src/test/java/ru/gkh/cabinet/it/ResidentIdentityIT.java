package ru.gkh.cabinet.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Residents' identity beyond the email link: registration confirmed by an SMS code that goes out through an SMS.ru-style
 * provider (WireMock answering as its documentation says), an operator's review of registrations, "remember me", the
 * SMS recovery with its attempt limit, and the per-address limits with the security log staff read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentIdentityIT {

    private static final String PASSWORD = "летний-полдень-2026";
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 200));
    private static WireMockServer provider;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    /** The SMS provider, on the port the test environment's cabinet.sms.url names. */
    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(WireMockConfiguration.options().port(28099));
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    /** A client address of this test's own (through the trusted proxy header), so the limits of one test are its own. */
    private static String address() {
        return "10.77." + (ADDRESSES.incrementAndGet() % 250) + "." + (int) (System.nanoTime() % 250 + 1);
    }

    /** The provider accepts SMS to this number, answering as SMS.ru does. */
    private static void accepts(String digits) {
        provider.stubFor(post(urlPathEqualTo("/sms/send")).withRequestBody(containing("to=" + digits))
                .willReturn(okJson("{\"status\":\"OK\",\"status_code\":100,\"sms\":{\"" + digits
                        + "\":{\"status\":\"OK\",\"status_code\":100,\"sms_id\":\"000000-10000001\"}},\"balance\":4122.56}")));
    }

    /** The form of the {@code n}-th SMS the provider received for this number, decoded. */
    private static Map<String, String> sms(String digits, int n) {
        long deadline = System.currentTimeMillis() + 30_000;
        List<LoggedRequest> got;
        while ((got = provider.findAll(postRequestedFor(urlPathEqualTo("/sms/send")).withRequestBody(containing("to=" + digits)))).size() < n) {
            assertTrue(System.currentTimeMillis() < deadline, "no SMS " + n + " to " + digits + " came to the provider");
            TestOrganization.sleep(300);
        }
        Map<String, String> form = new HashMap<>();
        for (String pair : got.get(n - 1).getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private static String code(Map<String, String> sms) {
        Matcher m = Pattern.compile("(\\d{6})\\. Никому не сообщайте").matcher(sms.get("msg"));
        assertTrue(m.find(), sms.get("msg"));
        return m.group(1);
    }

    private static void register(Page page, String number, String surname, String email, String phone, String channel) {
        page.navigate("/register.xhtml");
        ResidentRegistrationIT.fill(page, number, surname, email, PASSWORD, PASSWORD);
        page.locator("#register\\:phone").fill(phone);
        page.locator("input[name='register:channel'][value='" + channel + "']").check();
        ResidentRegistrationIT.solveCaptcha(page);
        page.locator("#register\\:submit").click();
    }

    @Test
    void aResidentConfirmsTheRegistrationByTheSmsCodeTheProviderDelivers() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String number = company[1];
        String email = "sms-" + company[0].toLowerCase() + "@example.ru";
        String digits = "7913" + String.format("%07d", 1000000 + Long.parseLong(company[2]));
        accepts(digits);
        try (Browser browser = new Browser()) {
            Page page = browser.page(true, address());
            register(page, number, "Иванов", email, "+" + digits, "SMS");
            assertThat(page).hasURL(Pattern.compile(".*/confirm-code.xhtml\\?email=.*"));
            assertThat(page.locator("#confirmCode\\:messages")).hasText("Мы отправили SMS с кодом на +" + digits
                    + ". Введите код в течение 10 минут.");
            assertEquals(List.of(), Browser.seriousViolations(page));

            Map<String, String> sms = sms(digits, 1);
            assertEquals("it-sms-key", sms.get("api_id"));
            assertEquals("GKH-IT", sms.get("from"));
            assertEquals("1", sms.get("json"));
            String code = code(sms);
            assertTrue(sms.get("msg").startsWith("Код подтверждения регистрации в личном кабинете (лицевой счёт " + number + "): "),
                    sms.get("msg"));
            // The code is kept only as a salted hash; the outbox row went to the provider.
            assertEquals(List.of("SMS|1|0"), TestOrganization.query("SELECT c.channel, c.salt IS NOT NULL, c.secret_hash = SHA2('" + code
                    + "', 256) FROM confirmation c JOIN user_account u ON u.id = c.user_id WHERE u.email = '" + email + "'"));
            awaitOutbox("+" + digits, "SENT");

            page.locator("#confirmCode\\:code").fill(code.equals("000000") ? "111111" : "000000");
            page.locator("#confirmCode\\:submit").click();
            assertThat(page.locator("#confirmCode\\:codeError")).hasText("Код: неверный, осталось попыток — 4");

            // A new code: not within a minute of the last, and only with the password chosen; it ends the first one.
            page.locator("#resend\\:password").fill(PASSWORD);
            page.locator("#resend\\:send").click();
            assertThat(page.locator("#confirmCode\\:messages")).hasText("Код уже отправлен: новый можно получить через минуту");
            TestOrganization.update("UPDATE confirmation c JOIN user_account u ON u.id = c.user_id SET c.created_at = c.created_at"
                    + " - INTERVAL 2 MINUTE WHERE u.email = '" + email + "'");
            page.locator("#resend\\:password").fill("не-тот-пароль-2026");
            page.locator("#resend\\:send").click();
            assertThat(page.locator("#confirmCode\\:messages")).hasText("Электронная почта или пароль не совпадают с указанными при регистрации");
            page.locator("#resend\\:password").fill(PASSWORD);
            page.locator("#resend\\:send").click();
            assertThat(page.locator("#confirmCode\\:messages")).hasText("Мы отправили новый код по SMS на телефон, указанный при регистрации.");
            String first = code;
            code = code(sms(digits, 2));
            if (!first.equals(code)) {
                page.locator("#confirmCode\\:code").fill(first);
                page.locator("#confirmCode\\:submit").click();
                assertThat(page.locator("#confirmCode\\:codeError")).hasText("Код: неверный, осталось попыток — 4");
            }
            page.locator("#confirmCode\\:code").fill(code);
            page.locator("#confirmCode\\:submit").click();
            assertThat(page.locator("#confirmCode\\:done")).containsText("Регистрация подтверждена: адрес " + email);
            assertEquals(List.of("ACTIVE|1"), TestOrganization.query("SELECT u.status, COUNT(l.id) FROM user_account u"
                    + " LEFT JOIN account_link l ON l.user_id = u.id WHERE u.email = '" + email + "' GROUP BY u.status"));

            // A used code is worth nothing, even on another visit.
            Page again = browser.page(false, address());
            again.navigate("/confirm-code.xhtml?email=" + email);
            again.locator("#confirmCode\\:code").fill(code);
            again.locator("#confirmCode\\:submit").click();
            assertThat(again.locator("#confirmCode\\:codeError")).hasText("Код: устарел или уже использован — запросите новый (код действует 10 минут)");
        }
    }

    @Test
    void aProviderThatIsDownIsRetriedAndRefusedNumbersFailTheMessageOnly() throws Exception {
        TestOrganization org = TestOrganization.create();
        String digits = "7913" + String.format("%07d", 2000000 + org.id);
        provider.stubFor(post(urlPathEqualTo("/sms/send")).withRequestBody(containing("to=" + digits)).willReturn(serverError()));
        TestOrganization.update("INSERT INTO outbox_message (organization_id, channel, recipient, subject, body, dedup_key)"
                + " VALUES (" + org.id + ", 'SMS', '+" + digits + "', 'SMS: проверка', 'Проверка связи', 'it-sms-down-" + org.id + "')");
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> row;
        while ((row = TestOrganization.query("SELECT status, attempts > 0, last_error FROM outbox_message WHERE dedup_key = 'it-sms-down-"
                + org.id + "'")).get(0).startsWith("PENDING|0")) {
            assertTrue(System.currentTimeMillis() < deadline, "never tried");
            TestOrganization.sleep(300);
        }
        assertEquals("PENDING|1|SmsNotSent SMS provider answered HTTP 500", row.get(0));
        // The provider is back: the same message goes out on a later round.
        accepts(digits);
        awaitOutbox("+" + digits, "SENT");
        List<LoggedRequest> all = provider.findAll(postRequestedFor(urlPathEqualTo("/sms/send")).withRequestBody(containing("to=" + digits)));
        assertTrue(all.size() >= 2, "tried " + all.size() + " times");
        assertTrue(all.get(all.size() - 1).getBodyAsString().contains("msg=" + java.net.URLEncoder.encode("Проверка связи", StandardCharsets.UTF_8)));
    }

    @Test
    void anOperatorApprovesOneRegistrationAndRejectsAnotherWithAComment() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String code = company[0];
        String number = company[1];
        String second = String.valueOf(710000000L + Long.parseLong(company[2]));
        String email = "review-" + code.toLowerCase() + "@example.ru";
        String other = "reject-" + code.toLowerCase() + "@example.ru";
        String otherDigits = "7913" + String.format("%07d", 3000000 + Long.parseLong(company[2]));
        accepts(otherDigits);
        try (Browser browser = new Browser()) {
            Page admin = browser.page(false);
            Browser.signIn(admin, "admin", "demo-admin-2026");
            admin.navigate("/staff/registrations.xhtml");
            Browser.actFor(admin, code);
            admin.locator("#settings\\:review").check();
            admin.locator("#settings\\:save").click();
            assertThat(admin.locator("#requests\\:messages")).hasText("Настройки регистрации сохранены");
            assertEquals(List.of("SURNAME|1"), TestOrganization.query("SELECT registration_proof, registration_review FROM organization"
                    + " WHERE code = '" + code + "'"));

            Page resident = browser.page(true, address());
            register(resident, number, "Иванов", email, "+79135550101", "EMAIL");
            assertThat(resident.locator("#register\\:messages")).hasText("Заявка на регистрацию передана в управляющую организацию."
                    + " Когда оператор её проверит, вы получите письмо на " + email + " со ссылкой для завершения регистрации.");
            Page another = browser.page(false, address());
            register(another, second, "Петрова", other, "+" + otherDigits, "SMS");
            assertThat(another.locator("#register\\:messages")).containsText("вы получите SMS с кодом на +" + otherDigits);
            assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM confirmation c JOIN user_account u ON u.id = c.user_id"
                    + " WHERE u.email IN ('" + email + "', '" + other + "')"));

            admin.navigate("/staff/registrations.xhtml");
            assertThat(admin.locator("#requests\\:table tbody tr")).hasCount(2);
            assertThat(admin.locator("#requests\\:table tbody tr").first()).containsText("Иванов Иван Иванович");
            assertThat(admin.locator("#requests\\:table tbody tr").first()).containsText("«Иванов»");
            assertThat(admin.locator("#requests\\:table tbody tr").first()).containsText("54,3 м²");
            assertThat(admin.locator("#requests\\:table tbody tr").first()).containsText("к оплате по последней квитанции 8 047,34 руб.");
            assertThat(admin.locator("#requests\\:table tbody tr").first()).containsText(Pattern.compile("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d"));
            assertEquals(List.of(), Browser.seriousViolations(admin));
            admin.locator("#requests\\:table\\:0\\:approve").click();
            assertThat(admin.locator("#requests\\:messages")).hasText(Pattern.compile("Заявка \\d+ одобрена: житель получит письмо со ссылкой"));
            admin.locator("#requests\\:table\\:0\\:reject").click();
            assertThat(admin.locator("#requests\\:messages")).hasText("Комментарий: напишите жителю, почему заявка отклонена");
            admin.locator("#requests\\:table\\:0\\:comment").fill("Фамилия владельца не совпадает с договором");
            admin.locator("#requests\\:table\\:0\\:reject").click();
            assertThat(admin.locator("#requests\\:messages")).hasText(Pattern.compile("Заявка \\d+ отклонена, житель получит комментарий"));
            assertThat(admin.locator("#requests\\:none")).isVisible();

            // Approved: the link arrives and works; rejected: the comment arrives by SMS and the address is free again.
            resident.navigate(ResidentRegistrationIT.confirmationLink(email));
            assertThat(resident.locator("#done")).containsText("Регистрация подтверждена: адрес " + email);
            assertEquals("Заявка на регистрацию в личном кабинете (лицевой счёт " + second + ") отклонена: Фамилия владельца не совпадает"
                    + " с договором", sms(otherDigits, 1).get("msg"));
            assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM user_account WHERE email = '" + other + "'"));
            assertEquals(List.of("APPROVED|admin", "REJECTED|admin"), TestOrganization.query("SELECT q.status, q.decided_by"
                    + " FROM registration_request q JOIN organization o ON o.id = q.organization_id WHERE o.code = '" + code + "' ORDER BY q.id"));
        }
    }

    @Test
    void rememberMeKeepsTheResidentSignedInUntilSignOutOrANewPassword() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String email = "remember-" + company[0].toLowerCase() + "@example.ru";
        String digits = "7913" + String.format("%07d", 4000000 + Long.parseLong(company[2]));
        accepts(digits);
        try (Browser browser = new Browser()) {
            String from = address();
            Page page = browser.page(false, from);
            register(page, company[1], "Иванов", email, "+" + digits, "EMAIL");
            page.navigate(ResidentRegistrationIT.confirmationLink(email));

            page.navigate("/login.xhtml");
            page.getByLabel("Логин, e-mail или лицевой счёт").fill(email);
            page.getByLabel("Пароль").fill(PASSWORD);
            page.locator("#loginForm\\:remember").check();
            page.locator("#loginForm\\:submit").click();
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
            Cookie remember = page.context().cookies().stream().filter(c -> c.name.equals("cabinet_remember")).findFirst().orElseThrow();
            assertTrue(remember.httpOnly);
            double days = (remember.expires - System.currentTimeMillis() / 1000.0) / 86400;
            assertTrue(days > 29.9 && days <= 30.01, "expires in " + days + " days");
            // Only the token's hash is stored.
            assertEquals(List.of("1|0"), TestOrganization.query("SELECT COUNT(*), SUM(t.token_hash = '" + remember.value + "')"
                    + " FROM remember_token t JOIN user_account u ON u.id = t.user_id WHERE u.email = '" + email + "'"));

            // A new browser session with only that cookie is signed in.
            assertTrue(signedInWith(browser, remember, from));

            // A sign-out posted without the session's form token (another site's form) changes nothing.
            APIResponse forged = page.request().post("/cabinet/logout",
                    RequestOptions.create().setMaxRedirects(0).setForm(FormData.create().set("formToken", "not-the-token")));
            assertEquals(302, forged.status());
            assertTrue(forged.headers().get("location").endsWith("/cabinet/index.xhtml"), forged.headers().get("location"));
            page.navigate("/cabinet/index.xhtml");
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
            assertThat(page.locator("#logout")).isVisible();

            // Signing out forgets the device.
            page.locator("#logout").click();
            assertThat(page).hasURL(Pattern.compile(".*/login.xhtml"));
            assertFalse(signedInWith(browser, remember, from));
            assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM remember_token t JOIN user_account u ON u.id = t.user_id"
                    + " WHERE u.email = '" + email + "'"));

            // Remembered again, then the password is reset by an SMS code: every device is forgotten.
            page.navigate("/login.xhtml");
            page.getByLabel("Логин, e-mail или лицевой счёт").fill(email);
            page.getByLabel("Пароль").fill(PASSWORD);
            page.locator("#loginForm\\:remember").check();
            page.locator("#loginForm\\:submit").click();
            Cookie second = page.context().cookies().stream().filter(c -> c.name.equals("cabinet_remember")).findFirst().orElseThrow();
            assertNotEquals(remember.value, second.value);
            assertTrue(signedInWith(browser, second, from));
            // Мой профиль lists the device, with when it was remembered and until when, as dates are written here.
            page.navigate("/cabinet/profile.xhtml");
            Locator device = page.locator("table[id$='devices'] tbody tr");
            assertThat(device).hasCount(1);
            assertThat(device).containsText(Pattern.compile("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d"));
            assertThat(device).not().containsText(Pattern.compile("\\d-\\d\\dT\\d"));

            Page recover = browser.page(true, address());
            recover.navigate("/recover.xhtml");
            recover.locator("#recover\\:email").fill("8 (913) " + digits.substring(4, 7) + "-" + digits.substring(7, 9) + "-" + digits.substring(9));
            recover.locator("input[name='recover:channel'][value='SMS']").check();
            ResidentRegistrationIT.answerQuestion(recover, "recover");
            recover.locator("#recover\\:submit").click();
            assertThat(recover.locator("#recover\\:messages")).containsText("Если этот адрес или телефон зарегистрирован");
            String code = code(sms(digits, 1));
            // Five wrong codes use it up; then even the right one is refused.
            String wrong = code.equals("123456") ? "654321" : "123456";
            for (int left = 4; left >= 0; left--) {
                recover.locator("#recover\\:code").fill(wrong);
                recover.locator("#recover\\:password").fill("новый-пароль-осени-2026");
                recover.locator("#recover\\:passwordAgain").fill("новый-пароль-осени-2026");
                recover.locator("#recover\\:reset").click();
                assertThat(recover.locator("#recover\\:messages")).hasText(left > 0 ? "Код: неверный, осталось попыток — " + left
                        : "Код: неверный, попытки исчерпаны — запросите новый код");
            }
            recover.locator("#recover\\:code").fill(code);
            recover.locator("#recover\\:password").fill("новый-пароль-осени-2026");
            recover.locator("#recover\\:passwordAgain").fill("новый-пароль-осени-2026");
            recover.locator("#recover\\:reset").click();
            assertThat(recover.locator("#recover\\:messages")).hasText("Код: устарел или уже использован — запросите новый (код действует 10 минут)");

            // A new code (a minute later at the earliest), and the password changes.
            TestOrganization.update("UPDATE confirmation c JOIN user_account u ON u.id = c.user_id SET c.created_at = c.created_at"
                    + " - INTERVAL 2 MINUTE WHERE u.email = '" + email + "'");
            recover.navigate("/recover.xhtml");
            recover.locator("#recover\\:email").fill("+" + digits);
            recover.locator("input[name='recover:channel'][value='SMS']").check();
            ResidentRegistrationIT.answerQuestion(recover, "recover");
            recover.locator("#recover\\:submit").click();
            recover.locator("#recover\\:code").fill(code(sms(digits, 2)));
            recover.locator("#recover\\:password").fill("новый-пароль-осени-2026");
            recover.locator("#recover\\:passwordAgain").fill("новый-пароль-осени-2026");
            recover.locator("#recover\\:reset").click();
            assertThat(recover.locator("#recover\\:messages")).hasText("Пароль изменён. Все прежние входы завершены; войдите с новым паролем.");
            assertFalse(signedInWith(browser, second, from));
            assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM remember_token t JOIN user_account u ON u.id = t.user_id"
                    + " WHERE u.email = '" + email + "'"));
        }
    }

    /** Whether a fresh browser holding only this remember-me cookie gets into the cabinet. */
    private static boolean signedInWith(Browser browser, Cookie remember, String from) {
        Page fresh = browser.page(false, from);
        BrowserContext context = fresh.context();
        // A session begun before the cookie signs in (as one planted by someone else would be) is not the one signed in:
        // the container gives the session a new id when the remembered caller is applied to it.
        fresh.navigate("/login.xhtml");
        String before = sessionId(context);
        assertFalse(before.isEmpty(), "the login page began a session");
        context.addCookies(List.of(new Cookie(remember.name, remember.value).setDomain(remember.domain).setPath(remember.path)));
        fresh.navigate("/cabinet/index.xhtml");
        boolean in = fresh.url().contains("/cabinet/index.xhtml");
        if (in) {
            assertNotEquals(before, sessionId(context), "a new session id at the sign-in by the cookie");
        }
        context.close();
        return in;
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }

    @Test
    void anAddressThatAsksTooOftenIsRefusedAndStaffSeeItInTheSecurityLog() throws Exception {
        String robot = address();
        try (Browser browser = new Browser()) {
            Page page = browser.page(false, robot);
            for (int i = 1; i <= 10; i++) {
                page.navigate("/recover.xhtml");
                page.locator("#recover\\:email").fill("nobody-" + i + "@example.ru");
                ResidentRegistrationIT.answerQuestion(page, "recover");
                page.locator("#recover\\:submit").click();
                assertThat(page.locator("#recover\\:messages")).containsText("Если этот адрес зарегистрирован");
            }
            page.navigate("/recover.xhtml");
            page.locator("#recover\\:email").fill("nobody-11@example.ru");
            ResidentRegistrationIT.answerQuestion(page, "recover");
            page.locator("#recover\\:submit").click();
            assertThat(page.locator("#recover\\:messages")).hasText("Слишком много попыток с вашего адреса: попробуйте позже");

            // Another address is not held back.
            Page person = browser.page(false, address());
            person.navigate("/recover.xhtml");
            person.locator("#recover\\:email").fill("somebody@example.ru");
            ResidentRegistrationIT.answerQuestion(person, "recover");
            person.locator("#recover\\:submit").click();
            assertThat(person.locator("#recover\\:messages")).containsText("Если этот адрес зарегистрирован");

            Page admin = browser.page(false);
            Browser.signIn(admin, "admin", "demo-admin-2026");
            admin.navigate("/staff/security.xhtml");
            admin.locator("#security\\:ip").fill(robot);
            admin.locator("#security\\:filter").click();
            assertThat(admin.locator("#security\\:events tbody tr")).hasCount(11);
            assertThat(admin.locator("#security\\:events tbody tr").first()).containsText("LIMITED");
            assertThat(admin.locator("#security\\:events tbody tr").first()).containsText("nobody-11@example.ru");
            assertThat(admin.locator("#security\\:events tbody tr").nth(1)).containsText("RECOVER");
            assertThat(admin.locator("#security\\:events tbody tr").first().locator("td").first())
                    .hasText(Pattern.compile("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d:\\d\\d"));
            assertEquals(List.of(), Browser.seriousViolations(admin));
        }
    }

    @Test
    void aResidentLinksByAddressKeepsTheProfileAndDeletesTheUser() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String email = "profile-" + company[0].toLowerCase() + "@example.ru";
        String newEmail = "profile-new-" + company[0].toLowerCase() + "@example.ru";
        String oldDigits = "7913" + String.format("%07d", 5000000 + Long.parseLong(company[2]));
        String newDigits = "7913" + String.format("%07d", 6000000 + Long.parseLong(company[2]));
        accepts(oldDigits);
        accepts(newDigits);
        String second = String.valueOf(710000000L + Long.parseLong(company[2]));
        try (Browser browser = new Browser()) {
            String from = address();
            Page page = browser.page(true, from);
            register(page, company[1], "Иванов", email, "+" + oldDigits, "EMAIL");
            page.navigate(ResidentRegistrationIT.confirmationLink(email));
            ResidentRegistrationIT.signIn(page, email, PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));

            // The second account by its address, step by step; the wrong surname links nothing.
            String[] where = TestOrganization.query("SELECT o.id, d.id, b.id, p.id FROM personal_account a JOIN premises p ON p.id = a.premises_id"
                    + " JOIN building b ON b.id = p.building_id JOIN department d ON d.id = b.department_id JOIN organization o ON o.id = a.organization_id"
                    + " WHERE a.number = '" + second + "'").get(0).split("\\|");
            page.locator("#linkMore").click();
            choose(page, "company", where[0]);
            choose(page, "department", where[1]);
            choose(page, "building", where[2]);
            choose(page, "premises", where[3]);
            page.locator("#address\\:proof").fill("Иванова");
            page.locator("#address\\:submit").click();
            assertThat(page.locator("#address\\:messages")).hasText("Лицевой счёт не найден или данные для проверки не совпадают");
            choose(page, "premises", where[3]);
            page.locator("#address\\:proof").fill("Петрова");
            page.locator("#address\\:submit").click();
            assertThat(page.locator("#cabinet\\:messages")).hasText("Лицевой счёт " + second + " привязан");
            assertThat(page.locator("#card")).containsText("Петрова Мария Сергеевна");
            assertEquals(List.of(), Browser.seriousViolations(page));

            page.locator("#profileLink").click();
            assertThat(page.locator("#email")).hasText(email);
            assertThat(page.locator("#consent")).hasText(Pattern.compile("Согласие на обработку персональных данных: версия \\S+,"
                    + " принято \\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d"));
            assertEquals(List.of(), Browser.seriousViolations(page));

            // The password: the current one is required; another signed-in session ends.
            Page other = browser.page(false, from);
            ResidentRegistrationIT.signIn(other, email, PASSWORD);
            assertThat(other).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
            page.locator("#profile\\:current").fill("не-тот-пароль-2026");
            page.locator("#profile\\:newPassword").fill("другой-пароль-зимы-2026");
            page.locator("#profile\\:newPasswordAgain").fill("другой-пароль-зимы-2026");
            page.locator("#profile\\:changePassword").click();
            assertThat(page.locator("#profile\\:messages")).hasText("Текущий пароль: неверный");
            page.locator("#profile\\:current").fill(PASSWORD);
            page.locator("#profile\\:newPassword").fill("другой-пароль-зимы-2026");
            page.locator("#profile\\:newPasswordAgain").fill("другой-пароль-зимы-2026");
            page.locator("#profile\\:changePassword").click();
            assertThat(page.locator("#profile\\:messages")).hasText("Пароль изменён. Входы на других устройствах завершены.");
            other.navigate("/cabinet/index.xhtml");
            assertThat(other).hasURL(Pattern.compile(".*/login.xhtml.*"));
            page.navigate("/cabinet/profile.xhtml");
            assertThat(page.locator("#email")).hasText(email);

            // The phone: a code to the new number; the old one is told.
            page.locator("#profile\\:newPhone").fill("+" + newDigits);
            page.locator("#profile\\:changePhone").click();
            assertThat(page.locator("#profile\\:messages")).hasText("На новый номер отправлен код. Введите его в течение 10 минут.");
            page.locator("#profile\\:phoneCode").fill(code(sms(newDigits, 1)));
            page.locator("#profile\\:confirmPhone").click();
            assertThat(page.locator("#profile\\:messages")).hasText("Телефон изменён на +" + newDigits);
            assertThat(page.locator("#phone")).hasText("+" + newDigits);
            assertTrue(sms(oldDigits, 1).get("msg").startsWith("Телефон вашего личного кабинета изменён"));

            // Subscriptions.
            page.locator("#profile\\:newsBySms").check();
            page.locator("#profile\\:saveSubscriptions").click();
            assertThat(page.locator("#profile\\:messages")).hasText("Подписки сохранены");
            assertEquals(List.of("0|1"), TestOrganization.query("SELECT news_by_email, news_by_sms FROM user_account WHERE email = '" + email + "'"));

            // The email: the link goes to the new address; following it changes the login and ends the session.
            page.locator("#profile\\:newEmail").fill(newEmail);
            page.locator("#profile\\:changeEmail").click();
            assertThat(page.locator("#profile\\:messages")).containsText("На " + newEmail + " отправлено письмо со ссылкой");
            page.navigate(ResidentRegistrationIT.mailLink(newEmail, 0, "Подтвердите новый адрес для личного кабинета", "contact"));
            assertThat(page.locator("#done")).containsText("Адрес почты изменён на " + newEmail);
            assertTrue(ReceiptsIT.awaitMail(email, 4).stream().map(m -> m.asJsonObject().getString("subject")).toList()
                    .contains("Адрес почты личного кабинета изменён"));
            page.navigate("/cabinet/profile.xhtml");
            assertThat(page).hasURL(Pattern.compile(".*/login.xhtml.*"));
            ResidentRegistrationIT.signIn(page, newEmail, "другой-пароль-зимы-2026");
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));

            // Deleting: the password is asked; the user and their links go, the accounts stay with the company.
            page.navigate("/cabinet/profile.xhtml");
            page.onDialog(d -> d.accept());
            page.locator("#profile\\:deletePassword").fill("не-тот-пароль-2026");
            page.locator("#profile\\:delete").click();
            assertThat(page.locator("#profile\\:messages")).hasText("Пароль: неверный — учётная запись не удалена");
            page.locator("#profile\\:deletePassword").fill("другой-пароль-зимы-2026");
            page.locator("#profile\\:delete").click();
            assertThat(page.locator("#deleted")).containsText("Учётная запись удалена.");
            assertEquals(List.of("0|0|2"), TestOrganization.query("SELECT (SELECT COUNT(*) FROM user_account WHERE email IN ('" + email
                    + "', '" + newEmail + "')), (SELECT COUNT(*) FROM security_event WHERE login IN ('" + email + "', '" + newEmail + "')),"
                    + " (SELECT COUNT(*) FROM personal_account WHERE number IN ('" + company[1] + "', '" + second + "'))"));
            ResidentRegistrationIT.signIn(page, newEmail, "другой-пароль-зимы-2026");
            assertThat(page.locator("#loginForm\\:messages")).hasText("Неверный логин или пароль");
        }
    }

    /** Chooses in one step of the address and waits for the next list to follow. */
    private static void choose(Page page, String step, String id) {
        assertThat(page.locator("#address\\:" + step + " option[value='" + id + "']")).hasCount(1);
        page.locator("#address\\:" + step).selectOption(id);
    }

    /** Waits until the outbox message to this recipient has the status. */
    private static void awaitOutbox(String recipient, String status) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!TestOrganization.query("SELECT status FROM outbox_message WHERE recipient = '" + recipient + "' ORDER BY id DESC LIMIT 1")
                .equals(List.of(status))) {
            assertTrue(System.currentTimeMillis() < deadline, "outbox message to " + recipient + " never " + status);
            TestOrganization.sleep(300);
        }
    }
}
