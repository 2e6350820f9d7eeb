package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paying the bill from the cabinet through the demo acquirer (the test domain's provider), on a company whose October
 * is closed: 8 047,34 billed, 6 125,40 paid on 05.11, so 1 921,94 is due. Every outcome, notifications twice, late,
 * forged, a cancellation after success, a payment confirmed after its month closed, and the bank registry listing the
 * same payment — each counted exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnlinePaymentIT {

    private static final String PASSWORD = "зимний-платёж-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    /** A resident of a fresh closed company, signed in on Главная; returns {code, account number, organization id, email}. */
    private static String[] residentOf(Page page, String prefix) throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String email = prefix + "-" + company[0].toLowerCase() + "@example.ru";
        ResidentRegistrationIT.registerAndSignIn(page, company[1], "Иванов", email, PASSWORD);
        return new String[] {company[0], company[1], company[2], email};
    }

    /** From Главная to the acquirer's card page, paying {@code amount} (null: the amount offered). */
    private static void goToAcquirer(Page page, String amount) {
        page.navigate("/cabinet/index.xhtml");
        page.locator("#pay").click();
        if (amount != null) {
            page.locator("#pay\\:amount").fill(amount);
        }
        page.locator("#pay\\:submit").click();
        atAcquirer(page);
    }

    private static void atAcquirer(Page page) {
        try {
            assertThat(page).hasURL(Pattern.compile(".*/api/demo-acquirer/checkout/[0-9a-f-]{36}"));
        } catch (AssertionError e) {
            throw new AssertionError("Still on " + page.url() + ": " + page.locator("main").innerText(), e);
        }
    }

    /** On the acquirer's page: how it notifies the cabinet, then pay or decline; the resident is sent back. */
    private static void decide(Page page, String notify, String button) {
        page.locator("#notify").selectOption(notify);
        page.locator("#" + button).click();
        assertThat(page).hasURL(Pattern.compile(".*/cabinet/payment.xhtml\\?id=\\d+"));
    }

    private static List<String> rows(String sql) {
        return TestOrganization.query(sql);
    }

    /** Waits (up to 20 s) until the query gives the rows expected. */
    private static void await(String sql, List<String> expected) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!rows(sql).equals(expected)) {
            if (System.currentTimeMillis() > deadline) {
                assertEquals(expected, rows(sql), sql);
            }
            TestOrganization.sleep(250);
        }
    }

    private static String payments(String number) {
        return "SELECT y.external_id REGEXP '^[0-9a-f-]{36}(/отмена)?$', y.amount, y.channel, y.reverses_id IS NOT NULL FROM payment y"
                + " JOIN personal_account a ON a.id = y.account_id WHERE a.number = '" + number + "' AND y.paid_on > '2026-11-20' ORDER BY y.id";
    }

    private static String events(long id) {
        return "SELECT source, event, outcome FROM online_payment_event WHERE online_payment_id = " + id + " ORDER BY id";
    }

    private static long lastPayment(String number) {
        return TestOrganization.queryLong("SELECT MAX(o.id) FROM online_payment o JOIN personal_account a ON a.id = o.account_id"
                + " WHERE a.number = '" + number + "'");
    }

    private static int notify(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(StaffApi.BASE + "/api/payments/demo/notifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aResidentPaysTheBillWithAReadingAndSeesTheNewBalanceOnce() throws Exception {
        // The payment is dated the day the acquirer took it (the server's zone, the test's too): today, or tomorrow when the
        // test runs across midnight.
        java.time.LocalDate started = java.time.LocalDate.now();
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            String[] r = residentOf(page, "pay");
            TestOrganization.update("UPDATE organization SET reading_window_from = 1, reading_window_to = 31 WHERE id = " + r[2]);
            page.locator("#pay").click();
            assertThat(page.locator("#pay\\:amount")).hasValue("1921,94");
            assertThat(page.locator("#amountHint")).hasText("Задолженность на сегодня; можно оплатить больше или меньше.");
            assertThat(page.locator("#pay\\:meters\\:0\\:value")).isVisible();
            assertEquals(List.of(), Browser.seriousViolations(page));

            // A wrong amount is named and nothing starts.
            page.locator("#pay\\:amount").fill("0,50");
            page.locator("#pay\\:submit").click();
            assertThat(page.locator("#pay\\:amountError")).hasText("Сумма оплаты — не меньше 1 рубля");
            assertEquals(List.of("0"), rows("SELECT COUNT(*) FROM online_payment o JOIN personal_account a ON a.id = o.account_id"
                    + " WHERE a.number = '" + r[1] + "'"));

            // HV-0001 (cold water) stood at 312,456 after October: 319,7 is passed with the payment.
            page.locator("#pay\\:amount").fill("1921,94");
            page.locator("#pay\\:meters\\:2\\:value").fill("319,7");
            page.locator("#pay\\:submit").click();
            atAcquirer(page);
            assertThat(page.locator("#amount")).hasText("К оплате: 1921,94 руб.");
            assertEquals(List.of("HV-0001|319.700000|RESIDENT"), rows("SELECT m.serial, r.value, r.source FROM meter_reading r"
                    + " JOIN meter m ON m.id = r.meter_id WHERE m.organization_id = " + r[2] + " AND r.period = '2026-11-01'"));
            decide(page, "TWICE", "pay");
            assertThat(page.locator("#state")).hasText(Pattern.compile("Платёж \\d+: оплачено"));
            assertEquals(List.of(), Browser.seriousViolations(page));

            page.locator("#homeLink").click();
            assertThat(page.locator("#balance")).hasText("Задолженности нет (по итогам месяца «октябрь 2026» с учётом оплат после него: 8 047,34 руб.)");
            // Nothing owed now: the pay page offers no sum and says so; a receipt's «Оплатить» offers the receipt's.
            page.locator("#pay").click();
            assertThat(page.locator("#pay\\:amount")).hasValue("");
            assertThat(page.locator("#amountHint")).hasText("Задолженности на сегодня нет; можно внести сумму вперёд.");
            page.navigate("/cabinet/pay.xhtml?period=2026-10");
            assertThat(page.locator("#pay\\:amount")).hasValue("8047,34");
            assertThat(page.locator("#amountHint")).hasText("Сумма по квитанции за октябрь 2026; можно оплатить больше или меньше.");
            page.navigate("/cabinet/pay.xhtml?period=2026-13");
            assertThat(page.locator("#amountHint")).hasText("Задолженности на сегодня нет; можно внести сумму вперёд.");
            page.locator("#homeLink").click();

            // The return and both notifications: the payment is recorded once, the other two are repeats.
            long id = lastPayment(r[1]);
            await("SELECT COUNT(*) FROM online_payment_event WHERE online_payment_id = " + id + " AND source = 'NOTIFICATION'", List.of("2"));
            assertEquals(List.of("1|1921.94|ONLINE|0"), rows(payments(r[1])));
            List<String> events = rows(events(id));
            assertEquals(4, events.size(), events.toString());
            assertEquals("CREATE|pending|создан у эквайера", events.get(0));
            assertEquals(1, events.stream().filter(e -> e.endsWith("|оплачено: платёж учтён")).count(), events.toString());
            assertEquals(2, events.stream().filter(e -> e.endsWith("|повтор: состояние «оплачено» уже учтено")).count(), events.toString());
            List<String> paid = rows("SELECT state, provider_status, paid_on FROM online_payment WHERE id = " + id);
            assertTrue(List.of(List.of("SUCCEEDED|succeeded|" + started), List.of("SUCCEEDED|succeeded|" + java.time.LocalDate.now()))
                    .contains(paid), paid.toString());

            String mail = ResidentRegistrationIT.mailText(r[3], 1, "Оплата по лицевому счёту " + r[1] + " принята");
            String paidOn = java.time.LocalDate.parse(paid.get(0).split("\\|")[2]).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            assertTrue(mail.contains("Сумма: 1921,94 руб.") && mail.contains("Дата: " + paidOn) && mail.contains("Лицевой счёт: " + r[1]), mail);

            page.locator("#paymentsLink").click();
            assertThat(page.locator("#onlinePayments")).containsText("1 921,94");
            assertThat(page.locator("#onlinePayments")).containsText("оплачено");

            // Staff with the accountant's rights (the administrator, who serves every company) find it by account
            // and read what the acquirer said.
            Page staff = browser.page(false);
            Browser.signIn(staff, "admin", "demo-admin-2026");
            staff.navigate("/staff/payments.xhtml");
            Browser.actFor(staff, r[0]);
            staff.locator("#payments\\:account").fill(r[1]);
            staff.locator("#payments\\:search").click();
            assertThat(staff.locator("#payments\\:found tbody tr")).hasCount(1);
            assertThat(staff.locator("#payments\\:found")).containsText("оплачено");
            assertThat(staff.locator("#payments\\:found")).containsText("demo: succeeded");
            staff.locator("#payments\\:found\\:0\\:events").click();
            assertThat(staff.locator("#payments\\:eventList tbody tr")).hasCount(4);
            staff.locator("#payments\\:found\\:0\\:check").click();
            assertThat(staff.locator("#payments\\:messages")).hasText("Платёж " + id + ": у эквайера «succeeded», в кабинете «оплачено»");
            assertEquals(List.of(), Browser.seriousViolations(staff));
            assertEquals(List.of("1|1921.94|ONLINE|0"), rows(payments(r[1])));
        }
    }

    @Test
    void aDeclinedPaymentChangesNothingAndALateNotificationIsARepeat() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            String[] r = residentOf(page, "decline");
            goToAcquirer(page, null);
            decide(page, "ONCE", "decline");
            assertThat(page.locator("#state")).hasText(Pattern.compile("Платёж \\d+: отклонено"));
            assertThat(page.locator("#outcome\\:again")).isVisible();
            long declined = lastPayment(r[1]);
            await("SELECT COUNT(*) FROM online_payment_event WHERE online_payment_id = " + declined + " AND source = 'NOTIFICATION'", List.of("1"));
            assertEquals(List.of("CANCELED|payment_network/card_declined"), rows("SELECT state, cancellation_reason FROM online_payment WHERE id = " + declined));
            assertEquals(List.of(), rows(payments(r[1])));

            // More than the debt, notified late: the return settles it, the late notification finds it settled.
            goToAcquirer(page, "2 000");
            decide(page, "LATE", "pay");
            assertThat(page.locator("#state")).hasText(Pattern.compile("Платёж \\d+: оплачено"));
            long paid = lastPayment(r[1]);
            assertEquals(List.of("CREATE|pending|создан у эквайера", "RETURN|null|оплачено: платёж учтён"), rows(events(paid)));
            await(events(paid), List.of("CREATE|pending|создан у эквайера", "RETURN|null|оплачено: платёж учтён",
                    "NOTIFICATION|payment.succeeded|повтор: состояние «оплачено» уже учтено"));
            assertEquals(List.of("1|2000.00|ONLINE|0"), rows(payments(r[1])));
            page.navigate("/cabinet/index.xhtml");
            assertThat(page.locator("#balance")).hasText("Переплата на сегодня: 78,06 руб. (по итогам месяца «октябрь 2026» с учётом оплат после него: 8 125,40 руб.)");
        }
    }

    @Test
    void forgedNotificationsAreRefusedAndLoggedAndChangeNothing() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            String[] r = residentOf(page, "forged");
            goToAcquirer(page, null);
            long id = lastPayment(r[1]);
            String providerId = rows("SELECT provider_payment_id FROM online_payment WHERE id = " + id).get(0);
            String unknown = "2d000000-000f-5000-8000-%012d".formatted(Long.parseLong(r[2]));

            // "Paid", says someone; the acquirer, asked, says the payer has not paid.
            assertEquals(400, notify("{\"type\":\"notification\",\"event\":\"payment.succeeded\",\"object\":{\"id\":\"" + providerId
                    + "\",\"status\":\"succeeded\",\"amount\":{\"value\":\"1921.94\",\"currency\":\"RUB\"}}}"));
            // A payment the acquirer never made, and something that is no notification at all.
            assertEquals(400, notify("{\"type\":\"notification\",\"event\":\"payment.succeeded\",\"object\":{\"id\":\"" + unknown + "\"}}"));
            assertEquals(400, notify("{\"hello\":1}"));
            assertEquals(List.of("PENDING"), rows("SELECT state FROM online_payment WHERE id = " + id));
            assertEquals(List.of(), rows(payments(r[1])));
            assertEquals(List.of("CREATE|pending|создан у эквайера",
                    "NOTIFICATION|payment.succeeded|отклонено: эквайер не подтверждает «succeeded» (у него «pending»)"), rows(events(id)));
            assertEquals(List.of("NOTIFICATION|payment.succeeded|эквайер не знает платежа " + unknown + ": уведомление подложное"),
                    rows("SELECT source, event, outcome FROM online_payment_event WHERE provider_payment_id = '" + unknown + "'"));
            assertTrue(rows("SELECT outcome FROM security_event WHERE action = 'PAYMENT' ORDER BY id DESC LIMIT 3").containsAll(
                    List.of("REFUSED payment.succeeded " + providerId, "FORGED " + unknown, "FORGED ")),
                    rows("SELECT outcome FROM security_event WHERE action = 'PAYMENT' ORDER BY id DESC LIMIT 3").toString());

            // Now the payer pays: the same notification is true, and taken.
            page.locator("#notify").selectOption("NONE");
            page.locator("#pay").click();
            assertThat(page.locator("#state")).hasText(Pattern.compile("Платёж \\d+: оплачено"));
            assertEquals(200, notify("{\"type\":\"notification\",\"event\":\"payment.succeeded\",\"object\":{\"id\":\"" + providerId + "\"}}"));
            assertEquals(List.of("1|1921.94|ONLINE|0"), rows(payments(r[1])));
        }
    }

    @Test
    void aCancellationAfterSuccessIsAReversalThatTheCloseAppliesAgainstThePayment() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            String[] r = residentOf(page, "reversal");
            goToAcquirer(page, null);
            String checkout = page.url();
            decide(page, "NONE", "pay");
            assertThat(page.locator("#state")).hasText(Pattern.compile("Платёж \\d+: оплачено"));
            long id = lastPayment(r[1]);

            page.navigate(checkout);
            page.locator("#cancel").click();
            assertThat(page.locator("#status")).containsText("отменён (yoo_money/fraud_suspected)");
            await("SELECT state FROM online_payment WHERE id = " + id, List.of("REVERSED"));
            assertEquals(List.of("1|1921.94|ONLINE|0", "1|-1921.94|ONLINE|1"), rows(payments(r[1])));
            assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM payment y JOIN online_payment o ON o.payment_id = y.reverses_id"
                    + " AND o.reversal_id = y.id WHERE o.id = " + id));
            // The link that keeps the payment reversed once (V24).
            assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM payment_reversal r JOIN online_payment o ON o.payment_id = r.reverses_id"
                    + " AND o.reversal_id = r.payment_id WHERE o.id = " + id));
            page.navigate("/cabinet/index.xhtml");
            assertThat(page.locator("#balance")).hasText("Задолженность на сегодня: 1 921,94 руб. — оплатите до 15.11.2026"
                    + " (по итогам месяца «октябрь 2026» с учётом оплат после него: 6 125,40 руб.)");

            // The close of the payment's month (today's; the data's open month is November 2026) applies the payment
            // and then its reversal line by line: nothing of it stays paid.
            closeThrough(r[0], YearMonth.now());
            assertEquals(List.of("0.00|2"), rows("SELECT SUM(amount), COUNT(DISTINCT payment_id) FROM (" + TestOrganization.allocationParts(
                    "y.account_id = (SELECT id FROM personal_account WHERE number = '" + r[1] + "') AND y.paid_on > '2026-11-20'") + ") parts"));
            assertEquals(List.of("6125.40"), rows("SELECT SUM(s.paid) FROM account_statement s JOIN personal_account a ON a.id = s.account_id"
                    + " WHERE a.number = '" + r[1] + "' AND s.period = '2026-11-01'"));
        }
    }

    @Test
    void aPaymentConfirmedAfterItsMonthClosedShowsAtOnceAndLandsInTheNextCloseOnce() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            String[] r = residentOf(page, "race");
            goToAcquirer(page, null);
            // The payer pays and closes the tab: no notification, no return, while the accountant closes the month.
            String providerId = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertEquals(303, DemoAcquirerContractIT.checkout(providerId, "pay"));
            // Paid today: its month (and every month before it, from the data's November 2026) is closed meanwhile.
            YearMonth paid = YearMonth.now();
            closeThrough(r[0], paid);
            long id = lastPayment(r[1]);

            // The resident comes back: paid in a month already closed — shown at once, applied at the next close.
            page.navigate("/cabinet/payment.xhtml?id=" + id);
            assertThat(page.locator("#state")).hasText("Платёж " + id + ": оплачено");
            assertEquals(List.of("1|1921.94|ONLINE|0"), rows(payments(r[1])));
            page.locator("#homeLink").click();
            assertThat(page.locator("#balance")).containsText("(по итогам месяца «" + monthName(paid)
                    + "» с учётом оплат после него: 1 921,94 руб.)");
            String allocated = "SELECT COALESCE(SUM(amount), 0) FROM (" + TestOrganization.allocationParts("y.external_id = '" + providerId + "'")
                    + ") parts";
            assertEquals(List.of("0.00"), rows(allocated));

            YearMonth next = paid.plusMonths(1);
            close(r[0], next.toString());
            assertEquals(List.of("1921.94"), rows(allocated));
            List<String> paidByMonth = new java.util.ArrayList<>(List.of("2026-11-01|6125.40"));
            for (YearMonth m = YearMonth.of(2026, 12); m.isBefore(next); m = m.plusMonths(1)) {
                paidByMonth.add(m.atDay(1) + "|0.00");
            }
            paidByMonth.add(next.atDay(1) + "|1921.94");
            assertEquals(paidByMonth, rows("SELECT s.period, SUM(s.paid) FROM account_statement s"
                    + " JOIN personal_account a ON a.id = s.account_id WHERE a.number = '" + r[1] + "' AND s.period >= '2026-11-01'"
                    + " GROUP BY s.period ORDER BY s.period"));
            page.navigate("/cabinet/index.xhtml");
            assertThat(page.locator("#balance")).containsText("(по итогам месяца «" + monthName(next) + "» с учётом оплат после него: 0,00 руб.)");

            // Платежи shows how it was spread: October's debts, service by service, as its allocation row keeps them.
            StringBuilder spread = new StringBuilder();
            for (String part : rows("SELECT p.period, x.name, p.amount FROM (" + TestOrganization.allocationParts("y.external_id = '"
                    + providerId + "'") + ") p JOIN service x ON x.organization_id = " + r[2] + " AND x.code = p.code ORDER BY p.period, p.code")) {
                String[] f = part.split("\\|");
                spread.append(spread.isEmpty() ? "" : "; ").append(monthName(YearMonth.parse(f[0]))).append(", ").append(f[1]).append(": ")
                        .append(ru.gkh.cabinet.domain.model.receipt.RussianNumbers.money(new java.math.BigDecimal(f[2]))).append(" руб.");
            }
            assertTrue(spread.toString().startsWith("октябрь 2026, "), spread.toString());
            page.navigate("/cabinet/payments.xhtml");
            assertThat(page.locator("#received tbody tr").filter(new Locator.FilterOptions().setHasText(
                    ru.gkh.cabinet.domain.model.receipt.RussianNumbers.money(new java.math.BigDecimal("1921.94")))))
                    .containsText(spread.toString());
        }
    }

    @Test
    void theBankRegistryListingAnOnlinePaymentCountsItOnceWhicheverComesFirst() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            String[] r = residentOf(page, "registry");
            TestOrganization org = new TestOrganization(r[0], Long.parseLong(r[2]));

            // Online first; the registry, a day later, dates it the day the bank settled it.
            goToAcquirer(page, "1000");
            decide(page, "ONCE", "pay");
            assertThat(page.locator("#state")).hasText(Pattern.compile("Платёж \\d+: оплачено"));
            String first = rows("SELECT provider_payment_id FROM online_payment WHERE id = " + lastPayment(r[1])).get(0);
            assertEquals("COMPLETED", org.importFile("payments", "payment_id;paid_on;account_number;amount;period;channel\n"
                    + first + ";23.11.2026;" + r[1] + ";1000,00;2026-10;ONLINE\n").getString("status"));
            assertEquals(List.of("1|1000.00|ONLINE|0"), rows(payments(r[1])));

            // Registry first: the payer paid, the cabinet has not heard yet, the registry comes; then the return.
            goToAcquirer(page, "500");
            String second = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertEquals(303, DemoAcquirerContractIT.checkout(second, "pay"));
            assertEquals("COMPLETED", org.importFile("payments", "payment_id;paid_on;account_number;amount;period;channel\n"
                    + second + ";22.11.2026;" + r[1] + ";500,00;2026-10;BANK\n").getString("status"));
            long id = lastPayment(r[1]);
            page.navigate("/cabinet/payment.xhtml?id=" + id);
            assertThat(page.locator("#state")).hasText("Платёж " + id + ": оплачено");
            assertEquals(List.of("1|1000.00|ONLINE|0", "1|500.00|BANK|0"), rows(payments(r[1])));
            assertEquals(List.of("RETURN|null|оплачено; этот платёж уже загружен из реестра банка — учтён один раз"),
                    rows("SELECT source, event, outcome FROM online_payment_event WHERE online_payment_id = " + id + " AND source = 'RETURN'"));
            assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM online_payment o JOIN payment y ON y.id = o.payment_id"
                    + " WHERE o.id = " + id + " AND y.external_id = '" + second + "'"));
            page.navigate("/cabinet/index.xhtml");
            assertThat(page.locator("#balance")).hasText("Задолженность на сегодня: 421,94 руб. — оплатите до 15.11.2026"
                    + " (по итогам месяца «октябрь 2026» с учётом оплат после него: 7 625,40 руб.)");
        }
    }

    /**
     * Closes every month from the test data's open one (November 2026) through {@code last}: a card payment is dated the
     * day the test runs, so the months it lands in follow the calendar.
     */
    private static void closeThrough(String organization, YearMonth last) {
        for (YearMonth m = YearMonth.of(2026, 11); !m.isAfter(last); m = m.plusMonths(1)) {
            close(organization, m.toString());
        }
    }

    /** A month as the cabinet names it: «декабрь 2026». */
    private static String monthName(YearMonth m) {
        return m.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", new java.util.Locale("ru")));
    }

    /** Closes the organization's month through the staff API and waits for the end. */
    private static void close(String organization, String month) {
        StaffApi.Answer close = StaffApi.ADMIN.postJson("/api/staff/periods/" + month + "/close?organization=" + organization, "");
        assertEquals(202, close.status(), close.body());
        assertEquals("COMPLETED", TestOrganization.awaitJob(close.json().getString("id")).getString("status"));
    }
}
