package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Receipts of a closed month: made by the job that follows the close, read back as a resident and a banking app would
 * (the PDF's text, the QR codes on the rendered page), made only once, mailed to the holder who chose email through
 * the outbox, and kept in the outbox while the mail server is down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceiptsIT {

    static final String MAIL_API = System.getProperty("cabinet.it.mail-api", "http://127.0.0.1:8125");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    @Test
    void theCloseIsFollowedByReceiptsThatReadBackExactlyAndAreMadeOnce() throws Exception {
        TestOrganization org = TestOrganization.create();
        org.importAllSamples();
        String email = "r-" + org.code.toLowerCase() + "@example.ru";
        // The resident's delivery choice (made in the cabinet's profile, issue 5) set directly.
        assertEquals(1, TestOrganization.update("UPDATE personal_account SET receipt_by_email = TRUE, email = '" + email + "'"
                + " WHERE organization_id = " + org.id + " AND number = '100200301'"));
        StaffApi.Answer open = StaffApi.ADMIN.postJson("/api/staff/periods/2026-11/receipts?organization=" + org.code, "");
        assertEquals(409, open.status());
        assertEquals("Период 2026-11 не найден: квитанции формируются по закрытому периоду", open.json().getString("message"));
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());
        JsonObject close = closeOctober(org);
        assertEquals("COMPLETED", close.getString("status"), close.toString());

        String runId = receiptsExecution(org);
        JsonObject run = TestOrganization.awaitJob(runId);
        // The demo company's accountant does not see another organization's jobs.
        assertEquals(404, StaffApi.ACCOUNTANT.get("/api/staff/jobs/" + runId).status());
        assertEquals("generate-receipts", run.getString("job"));
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(5, run.getInt("done"));
        assertEquals(5, run.getInt("total"));
        assertEquals(List.of("5"), TestOrganization.query("SELECT COUNT(*) FROM receipt r JOIN personal_account a ON a.id = r.account_id"
                + " WHERE a.organization_id = " + org.id + " AND r.period = '2026-10-01'"));

        // 100200301: the eight October lines of PeriodCloseIT's turnover, 8 047.34 in all, nothing paid or owed before.
        byte[] pdf = receipt(org, "100200301");
        String text = text(pdf);
        for (String expected : new String[] {"ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ за октябрь 2026", "ООО «Тест " + org.code + "»", "ИНН 5406123456 КПП 540601001",
            "Лицевой счёт: 100200301", "ФИО: Иванов Иван Иванович", "Адрес: г. Новосибирск, ул. Ленина, д. 10, кв. 1", "Общая площадь: 54,3 м²",
            "Проживает: 3 чел.", "Холодное водоснабжение поставщик: Водоканал м³ 7,246", "0,364954", "274,38", "2 543,96",
            "Электроэнергия поставщик: Энергосбыт кВт·ч 210,5", "Оплатить до 15.11.2026",
            "HV-0001 Холодное водоснабжение 305,21 312,456", "EL-0001 Электроэнергия 15 020 15 230,5",
            "ИТОГО К ОПЛАТЕ: 8 047,34 руб.", "Сумма к оплате: 8 047,34 руб."}) {
            assertTrue(text.contains(expected), () -> "«" + expected + "» not in:\n" + text);
        }
        String gost = "ST00012|Name=ООО «Тест " + org.code + "»|PersonalAcc=40702810944050012345|BankName=Банк|BIC=045004641"
                + "|CorrespAcc=30101810500000000641|PayeeINN=5406123456|KPP=540601001|PersAcc=100200301|LastName=Иванов"
                + "|PayerAddress=г. Новосибирск, ул. Ленина, д. 10, кв. 1|PaymPeriod=102026|Sum=804734"
                + "|Purpose=Оплата ЖКУ за 10.2026, л/с 100200301|TechCode=02";
        assertEquals(List.of(gost, gost), qrCodes(pdf), "the receipt's code and the slip's");

        // Recalculations with their reasons: 100200303's from the file, 100200302's reversal of its estimated September.
        String r303 = text(receipt(org, "100200303"));
        assertTrue(r303.contains("перерасчёт: Ненадлежащее качество отопления 01.10–05.10"), r303);
        assertTrue(r303.contains("-150,00"), r303);
        String r302 = text(receipt(org, "100200302"));
        assertTrue(r302.contains("перерасчёт: Временное отсутствие 12 дней (п.86 Правил 354)"), r302);
        assertTrue(r302.contains("-412,55"), r302);

        // The holder who chose email gets it once, with the PDF attached; nobody else gets anything.
        JsonArray mails = awaitMail(email, 1);
        JsonObject mail = mails.getJsonObject(0);
        assertEquals("Квитанция за октябрь 2026, лицевой счёт 100200301", mail.getString("subject"), mail.toString());
        String mime = mail.getString("mimeMessage");
        assertTrue(mime.contains("filename=receipt-100200301-2026-10.pdf"), mime);
        assertTrue(mime.contains("Content-Type: application/pdf"), mime);
        assertEquals(List.of("EMAIL|" + email + "|SENT|1"), TestOrganization.query("SELECT channel, recipient, status, attempts"
                + " FROM outbox_message WHERE organization_id = " + org.id));

        // Made once: a second run makes nothing new, and the receipt is byte for byte the same.
        StaffApi.Answer again = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/receipts?organization=" + org.code, "");
        assertEquals(202, again.status(), again.body());
        JsonObject second = TestOrganization.awaitJob(again.json().getString("id"));
        assertEquals("COMPLETED", second.getString("status"));
        assertEquals(0, second.getInt("done"));
        assertArrayEquals(pdf, receipt(org, "100200301"));
        assertEquals(List.of("5|1"), TestOrganization.query("SELECT (SELECT COUNT(*) FROM receipt r JOIN personal_account a ON a.id = r.account_id"
                + " WHERE a.organization_id = " + org.id + "), (SELECT COUNT(*) FROM outbox_message WHERE organization_id = " + org.id + ")"));
    }

    /**
     * The receipts run fails midway (one receipt's row is locked by another transaction past the lock timeout); asked
     * again, it restarts from its checkpoints and ends with every receipt made once.
     */
    @Test
    void aFailedReceiptsRunRestartsAndMakesEachReceiptOnce() throws Exception {
        TestOrganization org = TestOrganization.create();
        org.importAllSamples();
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());
        String runId;
        try (java.sql.Connection c = TestOrganization.connection()) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO receipt (account_id, period, total_due, pdf) SELECT id, '2026-10-01', 0, 'x'"
                        + " FROM personal_account WHERE organization_id = " + org.id + " AND number = '100200402'");
            }
            assertEquals("COMPLETED", closeOctober(org).getString("status"));
            runId = receiptsExecution(org);
            JsonObject failed = TestOrganization.awaitJob(runId);
            assertEquals("FAILED", failed.getString("status"), failed.toString());
            c.rollback();
        }
        StaffApi.Answer again = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/receipts?organization=" + org.code, "");
        assertEquals(202, again.status(), again.body());
        JsonObject resumed = TestOrganization.awaitJob(again.json().getString("id"));
        assertEquals("COMPLETED", resumed.getString("status"), resumed.toString());
        assertEquals(List.of("100200301|1", "100200302|1", "100200303|1", "100200401|1", "100200402|1"), TestOrganization.query(
                "SELECT a.number, COUNT(*) FROM receipt r JOIN personal_account a ON a.id = r.account_id WHERE a.organization_id = "
                + org.id + " GROUP BY a.number ORDER BY a.number"));
        assertTrue(text(receipt(org, "100200402")).contains("Лицевой счёт: 100200402"));
    }

    /** The periods page shows the receipts run and hands out one account's PDF; the outbox page shows the mail sent. */
    @Test
    void theAccountantFollowsTheReceiptsDownloadsOneAndSeesTheOutboxOnThePages() throws Exception {
        TestOrganization org = TestOrganization.create();
        org.importAllSamples();
        String email = "page-" + org.code.toLowerCase() + "@example.ru";
        TestOrganization.update("UPDATE personal_account SET receipt_by_email = TRUE, email = '" + email + "'"
                + " WHERE organization_id = " + org.id + " AND number = '100200402'");
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());
        assertEquals("COMPLETED", closeOctober(org).getString("status"));
        assertEquals("COMPLETED", TestOrganization.awaitJob(receiptsExecution(org)).getString("status"));
        awaitMail(email, 1);
        try (Browser browser = new Browser()) {
            com.microsoft.playwright.Page page = browser.page(false);
            Browser.signIn(page, "admin", "demo-admin-2026");
            page.navigate("/staff/periods.xhtml");
            Browser.actFor(page, org.code);
            com.microsoft.playwright.Locator october = page.locator("#periods\\:table tbody tr").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("2026-10"));
            assertThat(october.locator(".receipts .job-status")).hasText("COMPLETED");
            assertThat(october.locator(".receipts .job-done")).hasText("5");
            assertEquals(List.of(), Browser.seriousViolations(page));

            page.locator("#receipt\\:account").fill("999999");
            page.locator("#receipt\\:period").fill("2026-10");
            page.locator("#receipt\\:download").click();
            assertThat(page.locator("#receipt\\:messages")).hasText("Квитанции по лицевому счёту 999999 за 2026-10 нет");
            page.locator("#receipt\\:account").fill("100200402");
            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#receipt\\:download").click());
            assertEquals("receipt-100200402-2026-10.pdf", download.suggestedFilename());
            String text = text(java.nio.file.Files.readAllBytes(download.path()));
            assertTrue(text.contains("Лицевой счёт: 100200402"), text);

            page.navigate("/staff/outbox.xhtml");
            assertThat(page.locator("#outbox\\:table")).containsText(email);
            assertThat(page.locator("#outbox\\:table")).containsText("Квитанция за октябрь 2026, лицевой счёт 100200402");
            assertThat(page.locator("#outbox\\:table .outbox-status").first()).hasText("отправлено");
            // Made and sent «07.12.2026 14:05», not an ISO instant.
            assertThat(page.locator("#outbox\\:table tbody tr").first()).containsText(
                    java.util.regex.Pattern.compile("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d.*\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d",
                            java.util.regex.Pattern.DOTALL));
            assertThat(page.locator("#outbox\\:table")).not().containsText(java.util.regex.Pattern.compile("\\d-\\d\\dT\\d"));
            assertThat(page.locator("#count-SENT")).hasText("1");
            assertEquals(List.of(), Browser.seriousViolations(page));
            page.locator("#outbox\\:status").selectOption("FAILED");
            page.locator("#outbox\\:filter").click();
            assertThat(page.locator("#outbox\\:none")).hasText("Сообщений нет");
        }
    }

    @Test
    void onlyAccountantsAndAdministratorsGetReceiptsAndOnlyOfTheirOrganization() {
        TestOrganization org = TestOrganization.create();
        StaffApi.Answer none = StaffApi.ADMIN.get("/api/staff/receipts/100200301/2026-10?organization=" + org.code);
        assertEquals(404, none.status());
        assertEquals("Квитанции по лицевому счёту 100200301 за 2026-10 нет", none.json().getString("message"));
        StaffApi.Answer operator = StaffApi.OPERATOR.get("/api/staff/receipts/100200301/2026-10");
        assertEquals(403, operator.status());
        assertEquals("Квитанции формирует и выдаёт бухгалтер или администратор", operator.json().getString("message"));
        assertEquals(403, StaffApi.OPERATOR.postJson("/api/staff/periods/2026-10/receipts", "").status());
        // The demo accountant serves only the demo company: another organization's receipt does not exist for them.
        assertEquals(404, StaffApi.ACCOUNTANT.get("/api/staff/receipts/100200301/2026-10?organization=" + org.code).status());
        assertEquals(401, StaffApi.anonymous().get("/api/staff/receipts/100200301/2026-10").status());
        assertEquals(400, StaffApi.ADMIN.get("/api/staff/receipts/100200301/2026-13?organization=" + org.code).status());
    }

    /**
     * The SMTP server is down while the receipts are made: their mail waits in the outbox with the error and is tried
     * again; once the server is back, each message goes out exactly once.
     */
    @Test
    void mailWaitsInTheOutboxWhileTheServerIsDownAndGoesOutOnceWhenItIsBack() throws Exception {
        TestOrganization org = TestOrganization.create();
        org.importAllSamples();
        String first = "down1-" + org.code.toLowerCase() + "@example.ru";
        String second = "down2-" + org.code.toLowerCase() + "@example.ru";
        TestOrganization.update("UPDATE personal_account SET receipt_by_email = TRUE, email = CASE number WHEN '100200301' THEN '" + first
                + "' ELSE '" + second + "' END WHERE organization_id = " + org.id + " AND number IN ('100200301', '100200402')");
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());
        mailServer("it-mail-down");
        try {
            assertEquals("COMPLETED", closeOctober(org).getString("status"));
            assertEquals("COMPLETED", TestOrganization.awaitJob(receiptsExecution(org)).getString("status"));
            long deadline = System.currentTimeMillis() + 60_000;
            List<String> tried;
            while ((tried = TestOrganization.query("SELECT status FROM outbox_message WHERE organization_id = " + org.id
                    + " AND attempts >= 2 AND last_error LIKE '%Connect%'")).isEmpty()) {
                assertTrue(System.currentTimeMillis() < deadline, "no failed attempt recorded");
                TestOrganization.sleep(500);
            }
            assertEquals("PENDING", tried.get(0));
            assertEquals(List.of("2"), TestOrganization.query("SELECT COUNT(*) FROM outbox_message WHERE organization_id = " + org.id
                    + " AND status = 'PENDING'"));
        } finally {
            mailServer("it-mail-up");
        }
        assertEquals(1, awaitMail(first, 1).size());
        assertEquals(1, awaitMail(second, 1).size());
        assertEquals(List.of("SENT|" + first, "SENT|" + second), TestOrganization.query("SELECT status, recipient FROM outbox_message"
                + " WHERE organization_id = " + org.id + " ORDER BY recipient"));
        TestOrganization.sleep(6_000);   // another dispatcher round: nothing goes out twice
        assertEquals(1, messages(first).size());
        assertEquals(1, messages(second).size());
    }

    private static JsonObject closeOctober(TestOrganization org) {
        StaffApi.Answer started = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/close?organization=" + org.code, "");
        assertEquals(202, started.status(), started.body());
        return TestOrganization.awaitJob(started.json().getString("id"));
    }

    /** The receipts run the close started, once the close has recorded it. */
    private static String receiptsExecution(TestOrganization org) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            List<String> id = TestOrganization.query("SELECT receipts_execution_id FROM billing_period WHERE organization_id = " + org.id
                    + " AND period = '2026-10-01' AND receipts_execution_id IS NOT NULL");
            if (!id.isEmpty()) {
                return id.get(0);
            }
            assertTrue(System.currentTimeMillis() < deadline, "the close started no receipts");
            TestOrganization.sleep(300);
        }
    }

    private static byte[] receipt(TestOrganization org, String account) {
        StaffApi.Binary r = StaffApi.ADMIN.getBytes("/api/staff/receipts/" + account + "/2026-10?organization=" + org.code, "application/pdf");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/pdf"), r.contentType());
        return r.body();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            // Lines joined: a long reason wraps inside its table cell.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The QR codes a phone camera finds on the printed page (rendered at 200 dpi). */
    static List<String> qrCodes(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            Result[] codes = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.CHARACTER_SET, "UTF-8"));
            return java.util.Arrays.stream(codes).map(Result::getText).toList();
        }
    }

    /** The sink's messages for {@code email}; none while its REST API is still starting. */
    static JsonArray messages(String email) throws Exception {
        HttpResponse<String> r;
        try {
            r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(MAIL_API + "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException e) {
            return Json.createArrayBuilder().build();
        }
        return r.statusCode() == 200 ? Json.createReader(new StringReader(r.body())).readArray() : Json.createArrayBuilder().build();
    }

    static JsonArray awaitMail(String email, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonArray m;
        while ((m = messages(email)).size() < count) {
            assertTrue(System.currentTimeMillis() < deadline, "no mail for " + email);
            TestOrganization.sleep(500);
        }
        return m;
    }

    /** Stops or starts the test environment's SMTP sink through the run script. */
    private static void mailServer(String command) throws Exception {
        Process p = new ProcessBuilder("bash", System.getProperty("cabinet.it.script", "../.run/cabinet"), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
