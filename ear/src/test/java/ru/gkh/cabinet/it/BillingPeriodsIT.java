package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The period lifecycle's start: the accountant opens an organization's first period, once, after its opening balances. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingPeriodsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    @Test
    void theFirstPeriodOpensOnceAndLaterOnesOnlyByClosing() {
        TestOrganization org = TestOrganization.create();
        String periods = "/api/staff/periods?organization=" + org.code;
        assertEquals("[]", StaffApi.ADMIN.get(periods).body());

        StaffApi.Answer opened = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "");
        assertEquals(201, opened.status(), opened.body());
        assertEquals("2026-10", opened.json().getString("period"));
        assertEquals("OPEN", opened.json().getString("status"));

        StaffApi.Answer again = StaffApi.ADMIN.postJson("/api/staff/periods/2026-11/open?organization=" + org.code, "");
        assertEquals(409, again.status());
        assertEquals("У организации уже есть расчётный период 2026-10: следующие периоды открываются закрытием предыдущего",
                again.json().getString("message"));
        assertEquals(List.of("2026-10|OPEN"), TestOrganization.query("SELECT DATE_FORMAT(period, '%Y-%m'), status FROM billing_period"
                + " WHERE organization_id = " + org.id));
    }

    @Test
    void theFirstPeriodMustFollowEveryOpeningBalanceAndLaterBalancesAreRefused() {
        TestOrganization org = TestOrganization.create();
        org.importSample("buildings");
        org.importSample("accounts");
        org.importSample("tariffs");
        JsonObject balances = org.importFile("balances", "account_number;service_code;period;amount\n100200301;MAINT;2026-09;1708,82\n");
        assertEquals("COMPLETED", balances.getString("status"), balances.toString());

        StaffApi.Answer tooEarly = StaffApi.ADMIN.postJson("/api/staff/periods/2026-09/open?organization=" + org.code, "");
        assertEquals(409, tooEarly.status());
        assertEquals("Первый период должен быть позже всех месяцев входящих остатков (последний: 2026-09)", tooEarly.json().getString("message"));
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());

        JsonObject late = org.importFile("balances", "account_number;service_code;period;amount\n100200302;MAINT;2026-10;100\n");
        assertEquals("FAILED", late.getString("status"));
        JsonObject error = late.getJsonArray("errors").getJsonObject(0);
        assertEquals(2, error.getInt("line"));
        assertEquals("period", error.getString("column"));
        assertEquals("период 2026-10 не раньше первого расчётного периода: входящие остатки относятся к месяцам до него", error.getString("message"));
    }

    @Test
    void aBadMonthAndAnOperatorAreRefused() {
        TestOrganization org = TestOrganization.create();
        StaffApi.Answer bad = StaffApi.ADMIN.postJson("/api/staff/periods/2026-13/open?organization=" + org.code, "");
        assertEquals(400, bad.status());
        assertEquals("«2026-13» — не период (ожидается ГГГГ-ММ)", bad.json().getString("message"));
        StaffApi.Answer operator = StaffApi.OPERATOR.postJson("/api/staff/periods/2026-10/open", "");
        assertEquals(403, operator.status());
        assertEquals("Открывать расчётные периоды может бухгалтер или администратор", operator.json().getString("message"));
    }

    @Test
    void anAdministratorChoosesTheOrganizationAndOpensItsFirstPeriodOnThePage() {
        TestOrganization org = TestOrganization.create();
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            Browser.signIn(page, "admin", "demo-admin-2026");
            page.navigate("/staff/periods.xhtml");
            Browser.actFor(page, org.code);
            assertThat(page.locator("#periods\\:month")).isVisible();
            assertEquals(List.of(), Browser.seriousViolations(page));
            page.locator("#periods\\:month").fill("2026-10");
            page.locator("#periods\\:open").click();
            assertThat(page.locator("#periods\\:messages")).hasText("Открыт расчётный период 2026-10");
            assertThat(page.locator("#periods\\:table")).containsText("Открыт");

            // Closing asks for confirmation, then shows the job's progress until the period is closed.
            page.onceDialog(dialog -> {
                assertEquals("Закрыть период? Начисления будут рассчитаны и зафиксированы, откроется следующий период.", dialog.message());
                dialog.accept();
            });
            page.locator("#periods\\:table\\:0\\:close").click();
            assertThat(page.locator("#periods\\:messages")).hasText("Закрытие периода 2026-10 начато");
            assertThat(page.locator("#periods\\:table")).containsText("Закрыт",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(page.locator("#periods\\:table")).containsText("2026-11");
            // The receipts run the close starts shares the batch threads with the other tests' jobs: a loaded machine may
            // take a while.
            assertThat(page.locator("#periods\\:table .job-status").first()).containsText("COMPLETED",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        }
        assertEquals(List.of("2026-10|CLOSED", "2026-11|OPEN"), TestOrganization.query("SELECT DATE_FORMAT(period, '%Y-%m'), status"
                + " FROM billing_period WHERE organization_id = " + org.id + " ORDER BY period"));
    }

    @Test
    void theAccountantKeepsTheLateFeeRatesAndTheReadingWindow() {
        TestOrganization org = TestOrganization.create();
        try (Browser browser = new Browser()) {
            Page page = browser.page(false);
            Browser.signIn(page, "admin", "demo-admin-2026");
            page.navigate("/staff/settings.xhtml");
            Browser.actFor(page, org.code);
            assertEquals(List.of(), Browser.seriousViolations(page));

            page.locator("#rates\\:from").fill("01.01.2027");
            page.locator("#rates\\:rate").fill("16,5x");
            page.locator("#rates\\:add").click();
            assertThat(page.locator("#rates\\:messages")).hasText("«16,5x» — не число (допустимы цифры и один знак «,» или «.», без разделителей тысяч)");
            page.locator("#rates\\:rate").fill("16,5");
            page.locator("#rates\\:add").click();
            assertThat(page.locator("#rates\\:messages")).hasText("Ставка 16.5 % действует с 2027-01-01");
            assertThat(page.locator("#rates\\:table")).containsText("16.5 %");

            page.locator("#window\\:from").fill("10");
            page.locator("#window\\:to").fill("5");
            page.locator("#window\\:save").click();
            assertThat(page.locator("#window\\:messages")).hasText("Окно приёма показаний: дни месяца с 1 по 31, начало не позже конца");
            page.locator("#window\\:to").fill("20");
            page.locator("#window\\:save").click();
            assertThat(page.locator("#window\\:messages")).hasText("Показания принимаются с 10 по 20 число");
        }
        assertEquals(List.of("2027-01-01|16.5000"), TestOrganization.query("SELECT valid_from, rate FROM key_rate WHERE organization_id = " + org.id));
        assertEquals(List.of("10|20"), TestOrganization.query("SELECT reading_window_from, reading_window_to FROM organization WHERE id = " + org.id));
    }
}
