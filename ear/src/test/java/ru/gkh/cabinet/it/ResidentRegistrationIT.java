package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resident registers in a real browser (account number and surname, email, phone, password twice, consent, the
 * captcha's question in words), confirms by the link mailed through the outbox, signs in with the account number,
 * and downloads the receipt of the closed month; the refusals say what is wrong and change nothing; another
 * person's receipt is "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentRegistrationIT {

    private static final String PASSWORD = "зимний-вечер-2026";
    private static final String[] WORDS = {"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    /** A company whose October is closed with its receipts; its first account gets a number no other test uses. */
    static String[] closedCompany() {
        TestOrganization org = TestOrganization.create();
        org.importAllSamples();
        String number = String.valueOf(700000000L + org.id);
        TestOrganization.update("UPDATE personal_account SET number = '" + number + "' WHERE organization_id = " + org.id
                + " AND number = '100200301'");
        TestOrganization.update("UPDATE personal_account SET number = '" + (710000000L + org.id) + "' WHERE organization_id = " + org.id
                + " AND number = '100200302'");
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());
        StaffApi.Answer close = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/close?organization=" + org.code, "");
        assertEquals("COMPLETED", TestOrganization.awaitJob(close.json().getString("id")).getString("status"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (TestOrganization.query("SELECT 1 FROM receipt r JOIN personal_account a ON a.id = r.account_id WHERE a.number = '"
                + number + "'").isEmpty()) {
            assertTrue(System.currentTimeMillis() < deadline, "no receipt made");
            TestOrganization.sleep(300);
        }
        return new String[] {org.code, number, String.valueOf(org.id)};
    }

    @Test
    void aResidentRegistersConfirmsByEmailSignsInWithTheAccountNumberAndDownloadsTheReceipt() throws Exception {
        String[] company = closedCompany();
        String number = company[1];
        String email = "reg-" + company[0].toLowerCase() + "@example.ru";
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            page.navigate("/login.xhtml");
            page.locator("#register").click();
            assertThat(page).hasURL(Pattern.compile(".*/register.xhtml"));
            assertEquals(List.of(), Browser.seriousViolations(page));
            fill(page, number, "ИВАНОВ", email, PASSWORD, PASSWORD);
            solveCaptcha(page);
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).hasText("Мы отправили письмо на " + email
                    + ". Перейдите по ссылке из письма в течение 24 часов, чтобы завершить регистрацию.");
            assertEquals(List.of("PENDING|RESIDENT|1.0"), TestOrganization.query("SELECT u.status, r.role, u.consent_version FROM user_account u"
                    + " JOIN user_role r ON r.user_id = u.id WHERE u.email = '" + email + "'"));

            // Not yet confirmed: no sign-in.
            signIn(page, email, PASSWORD);
            assertThat(page.locator("#loginForm\\:messages")).hasText("Неверный логин или пароль");

            String link = confirmationLink(email);
            assertTrue(link.startsWith(StaffApi.BASE + "/confirm.xhtml?token="), link);
            page.navigate(link);
            assertThat(page.locator("#done")).containsText("Регистрация подтверждена: адрес " + email);
            assertEquals(List.of(), Browser.seriousViolations(page));
            page.navigate(link);
            assertThat(page.locator(".error")).hasText("Эта ссылка уже использована: регистрация подтверждена, войдите с адресом почты и паролем");

            String before = sessionId(page);
            Response login = page.navigate("/login.xhtml");
            assertTrue(login.headers().get("content-security-policy").contains("frame-ancestors 'none'"), login.headers().toString());
            assertEquals("DENY", login.headers().get("x-frame-options"));
            assertEquals("nosniff", login.headers().get("x-content-type-options"));
            // Nothing naming the server's, Java's or the system's versions.
            assertNull(login.headers().get("server"), login.headers().toString());
            assertNull(login.headers().get("x-powered-by"), login.headers().toString());
            // The style sheet's address carries the build's stamp, so that a browser holding last week's copy asks again.
            String styles = page.locator("link[rel=stylesheet]").getAttribute("href");
            assertTrue(styles.matches("/jakarta\\.faces\\.resource/css/cabinet\\.css\\.xhtml\\?v=\\d{12}"), styles);
            assertEquals(200, page.request().get(styles).status());
            // The session cookie as the server sets it (a browser would report an unmarked cookie as Lax too).
            java.net.http.HttpResponse<String> fresh = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(StaffApi.BASE + "/login.xhtml")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            String cookie = fresh.headers().firstValue("set-cookie").orElse("");
            assertTrue(cookie.startsWith("JSESSIONID=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
            signIn(page, number, PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
            assertNotEquals(before, sessionId(page), "a new session id at sign-in");
            assertEquals(styles, page.locator("link[rel=stylesheet]").getAttribute("href"), "the residents' pages' own head");
            assertThat(page.locator("#card")).containsText("Лицевой счёт " + number);
            assertThat(page.locator("#card")).containsText("Иванов Иван Иванович");
            assertThat(page.locator("#receipts")).containsText("октябрь 2026");
            assertThat(page.locator("#receipts")).containsText("8 047,34");
            assertEquals(List.of(), Browser.seriousViolations(page));
            Download download = page.waitForDownload(() -> page.locator("#receipts a.download").first().click());
            String text = ReceiptsIT.text(Files.readAllBytes(download.path()));
            assertTrue(text.contains("Лицевой счёт: " + number), text);
            assertTrue(text.contains("ИТОГО К ОПЛАТЕ: 8 047,34 руб."), text);

            page.locator("#cabinet\\:byEmail").check();
            page.locator("#cabinet\\:saveDelivery").click();
            assertThat(page.locator("#cabinet\\:messages")).hasText("Квитанции по этому счёту будут приходить на вашу почту");
            assertEquals(List.of("1"), TestOrganization.query("SELECT l.receipt_by_email FROM account_link l JOIN user_account u"
                    + " ON u.id = l.user_id WHERE u.email = '" + email + "'"));

            // A second account of the family: proven like at registration, shown, then unlinked again.
            String second = String.valueOf(710000000L + Long.parseLong(company[2]));
            page.locator("#linkMore").click();
            assertEquals(List.of(), Browser.seriousViolations(page));
            page.locator("#link\\:number").fill(second);
            page.locator("#link\\:proof").fill("Иванова");
            page.locator("#link\\:submit").click();
            assertThat(page.locator("#link\\:messages")).hasText("Лицевой счёт не найден или данные для проверки не совпадают");
            page.locator("#link\\:number").fill(second);
            page.locator("#link\\:proof").fill("петрова");
            page.locator("#link\\:submit").click();
            assertThat(page.locator("#cabinet\\:messages")).hasText("Лицевой счёт " + second + " привязан");
            assertThat(page.locator("#card")).containsText("Петрова Мария Сергеевна");
            assertThat(page.locator("#switch\\:account option")).hasCount(2);
            // Главная keeps no view state: a form posted without the session's token (as a page of another site would
            // post it) changes nothing.
            page.evaluate("document.querySelector('#cabinet input[name=formToken]').value = 'forged'");
            page.onceDialog(d -> d.accept());
            page.locator("#cabinet\\:unlink").click();
            assertThat(page.locator("#cabinet\\:messages")).hasText("Страница устарела: откройте её снова и повторите действие");
            assertThat(page.locator("#switch\\:account option")).hasCount(2);
            page.onceDialog(d -> d.accept());
            page.locator("#cabinet\\:unlink").click();
            assertThat(page.locator("#cabinet\\:messages")).hasText("Лицевой счёт " + second + " отвязан");
            assertThat(page.locator("#switch")).hasCount(0);   // one account left: nothing to switch to, only its name
            assertThat(page.locator("#account")).hasText(Pattern.compile("^Лицевой счёт " + number + " — .+"));
            assertThat(page.locator("#card")).containsText("Лицевой счёт " + number);

            // The staff back office is not for residents.
            Response staff = page.navigate("/staff/index.xhtml");
            assertEquals(403, staff.status());

            // Someone guessing the password: after 3 failures a question, after 10 in an hour a lock and a mail to the owner.
            Page robot = browser.page(false);
            for (int i = 1; i <= 10; i++) {
                signInAnsweringCaptcha(robot, email, "guess-number-" + i);
            }
            assertThat(robot.locator("#loginForm\\:messages")).containsText("Слишком много неудачных попыток: вход заблокирован на 30 минут");
            signInAnsweringCaptcha(robot, email, PASSWORD);
            assertThat(robot.locator("#loginForm\\:messages")).containsText("вход заблокирован");
            assertTrue(robot.url().contains("/login.xhtml"), robot.url());
            assertEquals("Вход в личный кабинет временно заблокирован", ReceiptsIT.awaitMail(email, 2).getJsonObject(1).getString("subject"));
            assertEquals(List.of("LOCKED|1", "NOT_ACTIVE|1", "SUCCESS|1", "WRONG_PASSWORD|10"), TestOrganization.query("SELECT e.outcome, COUNT(*)"
                    + " FROM security_event e WHERE e.action = 'SIGN_IN' AND e.login IN ('" + email + "', '" + number + "') GROUP BY e.outcome ORDER BY e.outcome"));
        }
    }

    /** Signs in, answering the question the page asks once there were a few failures. */
    private static void signInAnsweringCaptcha(Page page, String login, String password) {
        page.navigate("/login.xhtml");
        page.getByLabel("Логин, e-mail или лицевой счёт").fill(login);
        page.getByLabel("Пароль").fill(password);
        if (page.locator("#loginForm\\:captcha").count() > 0) {
            String question = page.locator("label[for='loginForm:captcha']").textContent();
            Matcher m = Pattern.compile("Сколько будет (\\p{L}+) плюс (\\p{L}+)\\?").matcher(question);
            assertTrue(m.find(), question);
            page.locator("#loginForm\\:captcha").fill(String.valueOf(List.of(WORDS).indexOf(m.group(1)) + List.of(WORDS).indexOf(m.group(2))));
        }
        page.locator("#loginForm\\:submit").click();
    }

    @Test
    void refusalsSayWhatIsWrongAndRegisterNobody() throws Exception {
        String[] company = closedCompany();
        String number = company[1];
        String email = "ref-" + company[0].toLowerCase() + "@example.ru";
        try (Browser browser = new Browser()) {
            Page page = browser.page(false);
            page.navigate("/register.xhtml");
            fill(page, number, "Петров", email, PASSWORD, PASSWORD);
            solveCaptcha(page);
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).hasText("Лицевой счёт не найден или данные для проверки не совпадают");

            fill(page, "999999999999", "Иванов", email, PASSWORD, PASSWORD);
            solveCaptcha(page);
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).hasText("Лицевой счёт не найден или данные для проверки не совпадают");

            fill(page, number, "Иванов", email, "qwerty123456", "qwerty123456");
            solveCaptcha(page);
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).hasText("Пароль: слишком распространённый, его подбирают первым — придумайте другой");

            fill(page, number, "Иванов", email, PASSWORD, PASSWORD + "!");
            solveCaptcha(page);
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).hasText("Пароль ещё раз: не совпадает с паролем");

            fill(page, number, "Иванов", email, PASSWORD, PASSWORD);
            page.locator("#register\\:captcha").fill("0");
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).containsText("Проверка: ответ не подходит");
        }
        assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM user_account WHERE email = '" + email + "'"));
    }

    @Test
    void anExpiredLinkIsRefusedAndAnotherPersonsReceiptIsNotFound() throws Exception {
        String[] company = closedCompany();
        String email = "exp-" + company[0].toLowerCase() + "@example.ru";
        try (Browser browser = new Browser()) {
            Page page = browser.page(false);
            page.navigate("/register.xhtml");
            fill(page, company[1], "Иванов", email, PASSWORD, PASSWORD);
            solveCaptcha(page);
            page.locator("#register\\:submit").click();
            assertThat(page.locator("#register\\:messages")).containsText("Мы отправили письмо");
            String link = confirmationLink(email);
            TestOrganization.update("UPDATE confirmation c JOIN user_account u ON u.id = c.user_id SET c.expires_at = CURRENT_TIMESTAMP(3)"
                    + " - INTERVAL 1 MINUTE WHERE u.email = '" + email + "'");
            page.navigate(link);
            assertThat(page.locator(".error")).hasText("Ссылка устарела (она действует 24 часа): зарегистрируйтесь снова");
            assertEquals(List.of("PENDING"), TestOrganization.query("SELECT status FROM user_account WHERE email = '" + email + "'"));

            // The demo resident asks for this company's receipt by its account id: not found, as if it did not exist.
            String accountId = TestOrganization.query("SELECT id FROM personal_account WHERE number = '" + company[1] + "'").get(0);
            signIn(page, "resident@demo.local", "demo-resident-2026");
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
            assertEquals(404, page.navigate("/cabinet/receipts/" + accountId + "/2026-10.pdf").status());
        }
    }

    /**
     * Forgot password: the link mailed to the address sets a new one; the session signed in elsewhere ends, the old
     * password stops working, the owner is told; the link works once; an unknown address gets the same answer.
     */
    @Test
    void aForgottenPasswordIsResetByTheMailedLinkAndOtherSessionsEnd() throws Exception {
        String[] company = closedCompany();
        String number = company[1];
        String email = "rec-" + company[0].toLowerCase() + "@example.ru";
        String newPassword = "весенний-ручей-2027";
        try (Browser browser = new Browser()) {
            Page elsewhere = browser.page(false);
            elsewhere.navigate("/register.xhtml");
            fill(elsewhere, number, "Иванов", email, PASSWORD, PASSWORD);
            solveCaptcha(elsewhere);
            elsewhere.locator("#register\\:submit").click();
            assertThat(elsewhere.locator("#register\\:messages")).containsText("Мы отправили письмо");
            elsewhere.navigate(confirmationLink(email));
            signIn(elsewhere, email, PASSWORD);
            assertThat(elsewhere).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));

            Page page = browser.page(true);
            page.navigate("/login.xhtml");
            page.locator("#forgot").click();
            assertEquals(List.of(), Browser.seriousViolations(page));
            page.locator("#recover\\:email").fill("nobody-" + email);
            answerQuestion(page, "recover");
            page.locator("#recover\\:submit").click();
            String sameAnswer = "Если этот адрес зарегистрирован, на него отправлено письмо со ссылкой для смены пароля. Ссылка действует 24 часа.";
            assertThat(page.locator("#recover\\:messages")).hasText(sameAnswer);
            page.navigate("/recover.xhtml");
            page.locator("#recover\\:email").fill(email.toUpperCase());
            answerQuestion(page, "recover");
            page.locator("#recover\\:submit").click();
            assertThat(page.locator("#recover\\:messages")).hasText(sameAnswer);

            String link = mailLink(email, 1, "Смена пароля в личном кабинете", "reset");
            page.navigate(link);
            page.locator("#reset\\:password").fill("123");
            page.locator("#reset\\:passwordAgain").fill("123");
            page.locator("#reset\\:submit").click();
            assertThat(page.locator("#reset\\:messages")).hasText("Пароль: не короче 10 символов");
            page.locator("#reset\\:password").fill(newPassword);
            page.locator("#reset\\:passwordAgain").fill(newPassword);
            page.locator("#reset\\:submit").click();
            assertThat(page.locator("#reset\\:messages")).hasText("Пароль изменён, все прежние входы завершены. Войдите с новым паролем.");
            assertEquals("Пароль личного кабинета изменён", ReceiptsIT.awaitMail(email, 3).getJsonObject(2).getString("subject"));

            elsewhere.navigate("/cabinet/index.xhtml");
            assertThat(elsewhere).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
            signIn(page, email, PASSWORD);
            assertThat(page.locator("#loginForm\\:messages")).hasText("Неверный логин или пароль");
            signIn(page, number, newPassword);
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
            page.navigate(link);
            page.locator("#reset\\:password").fill(newPassword + "x");
            page.locator("#reset\\:passwordAgain").fill(newPassword + "x");
            page.locator("#reset\\:submit").click();
            assertThat(page.locator("#reset\\:messages")).hasText("Эта ссылка уже использована: запросите смену пароля снова, если нужно");
        }
        assertEquals(3, ReceiptsIT.messages(email).size(), "confirmation, recovery link, change notice — nothing for the unknown address");
        assertEquals(0, ReceiptsIT.messages("nobody-" + email).size());
    }

    /** The captcha question of a form, answered. */
    static void answerQuestion(Page page, String form) {
        String question = page.locator("label[for='" + form + ":captcha']").textContent();
        Matcher m = Pattern.compile("Сколько будет (\\p{L}+) плюс (\\p{L}+)\\?").matcher(question);
        assertTrue(m.find(), question);
        page.locator("#" + form + "\\:captcha").fill(String.valueOf(List.of(WORDS).indexOf(m.group(1)) + List.of(WORDS).indexOf(m.group(2))));
    }

    static void fill(Page page, String account, String proof, String email, String password, String again) {
        // The accessible alternative first: switching to it re-shows the form (passwords are never sent back).
        if (page.locator("#register\\:other").count() > 0) {
            page.locator("#register\\:other").click();
            assertThat(page.locator("label[for='register:captcha']")).containsText("Сколько будет");
        }
        page.locator("#register\\:account").fill(account);
        page.locator("#register\\:proof").fill(proof);
        page.locator("#register\\:email").fill(email);
        page.locator("#register\\:phone").fill("+7 913 555-12-34");
        page.locator("#register\\:password").fill(password);
        page.locator("#register\\:passwordAgain").fill(again);
        page.locator("#register\\:consent").check();
    }

    /** The accessible alternative: the question in words, answered as a person would. */
    static void solveCaptcha(Page page) {
        String question = page.locator("label[for='register:captcha']").textContent();
        Matcher m = Pattern.compile("Сколько будет (\\p{L}+) плюс (\\p{L}+)\\?").matcher(question);
        assertTrue(m.find(), question);
        int sum = List.of(WORDS).indexOf(m.group(1)) + List.of(WORDS).indexOf(m.group(2));
        page.locator("#register\\:captcha").fill(String.valueOf(sum));
    }

    /** A resident registered on the account (confirmed by the mailed link) and signed in, on Главная. */
    static void registerAndSignIn(Page page, String account, String surname, String email, String password) throws Exception {
        page.navigate("/register.xhtml");
        fill(page, account, surname, email, password, password);
        solveCaptcha(page);
        page.locator("#register\\:submit").click();
        assertThat(page.locator("#register\\:messages")).containsText("Мы отправили письмо");
        page.navigate(confirmationLink(email));
        signIn(page, email, password);
        assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));
    }

    static void signIn(Page page, String login, String password) {
        page.navigate("/login.xhtml");
        page.getByLabel("Логин, e-mail или лицевой счёт").fill(login);
        page.getByLabel("Пароль").fill(password);
        page.locator("#loginForm\\:submit").click();
    }

    static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }

    /** The link of the confirmation mail, read back from the mail sink (the body may be base64 or quoted-printable). */
    static String confirmationLink(String email) throws Exception {
        return mailLink(email, 0, "Подтвердите регистрацию в личном кабинете", "confirm");
    }

    /** The text of the {@code index}-th mail to {@code email}, which has this subject (base64 or quoted-printable decoded). */
    static String mailText(String email, int index, String subject) throws Exception {
        JsonObject mail = ReceiptsIT.awaitMail(email, index + 1).getJsonObject(index);
        assertEquals(subject, mail.getString("subject"));
        String raw = mail.getString("mimeMessage");
        int body = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") + 4 : raw.indexOf("\n\n") + 2;
        String head = raw.substring(0, body);
        String text = raw.substring(body);
        if (head.contains("Content-Transfer-Encoding: base64")) {
            text = new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } else if (head.contains("quoted-printable")) {
            text = text.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        }
        return text;
    }

    /** The link to {@code /<page>.xhtml?token=…} in the {@code index}-th mail to {@code email}, which has this subject. */
    static String mailLink(String email, int index, String subject, String page) throws Exception {
        String text = mailText(email, index, subject);
        Matcher m = Pattern.compile("https?://\\S+/" + page + "\\.xhtml\\?token=[A-Za-z0-9_-]+").matcher(text);
        assertTrue(m.find(), text);
        return m.group();
    }
}
