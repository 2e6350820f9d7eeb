package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resident on a phone walks through the cabinet's sections for the sample company's closed October: Главная (card,
 * balance today after the November payment, services and rates), Начисления (every line with how it was computed, to
 * the kopeck), Платежи (the statement) and Реквизиты УК; another resident's account never shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentCabinetIT {

    private static final String PASSWORD = "осенний-лист-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    @Test
    void aResidentReadsTheAccountItsChargesItsStatementAndTheCompany() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String number = company[1];
        String email = "sections-" + company[0].toLowerCase() + "@example.ru";
        String other = String.valueOf(710000000L + Long.parseLong(company[2]));
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            page.navigate("/register.xhtml");
            ResidentRegistrationIT.fill(page, number, "Иванов", email, PASSWORD, PASSWORD);
            ResidentRegistrationIT.solveCaptcha(page);
            page.locator("#register\\:submit").click();
            page.navigate(ResidentRegistrationIT.confirmationLink(email));
            ResidentRegistrationIT.signIn(page, email, PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/index.xhtml"));

            // Главная: 8 047,34 billed for October, 6 125,40 paid on 05.11: 1 921,94 still due by 15.11.
            assertThat(page.locator("#card")).containsText("Лицевой счёт " + number);
            assertThat(page.locator("#card")).containsText("Площадь 54,3 м², комнат: 2, проживает 3");
            assertThat(page.locator("#balance")).hasText("Задолженность на сегодня: 1 921,94 руб. — оплатите до 15.11.2026"
                    + " (по итогам месяца «октябрь 2026» с учётом оплат после него: 6 125,40 руб.)");
            assertThat(page.locator("#cabinet\\:services")).containsText("Холодное водоснабжение");
            assertThat(page.locator("#cabinet\\:services")).containsText("36,05 за м³");
            assertEquals(List.of(), Browser.seriousViolations(page));

            // Another resident's account by its id: the cabinet still shows only the user's own.
            String otherId = TestOrganization.query("SELECT id FROM personal_account WHERE number = '" + other + "'").get(0);
            page.navigate("/cabinet/index.xhtml?account=" + otherId);
            assertThat(page.locator("#card")).containsText("Лицевой счёт " + number);
            assertThat(page.locator("body")).not().containsText("Петрова");

            page.locator("#chargesLink").click();
            assertThat(page.locator("#charges\\:month-charges h2")).hasText("октябрь 2026");
            assertEquals(List.of(), Browser.seriousViolations(page));
            String lines = page.locator("#charges\\:lines").innerText();
            for (String expected : new String[] {
                "54,3 м² × 46,85 руб. = 2 543,96 руб. — по площади помещения",
                "54,3 м² × 31,47 руб. = 1 708,82 руб. — по площади помещения",
                "3 чел. × 148,27 руб. = 444,81 руб. — по числу проживающих",
                "210,5 кВт·ч × 5,56 руб. = 1 170,38 руб. — по показаниям счётчика",
                "7,246 м³ × 36,05 руб. = 261,22 руб. — по показаниям счётчика",
                "ОДН: 0,364954 м³ × 36,05 руб. = 13,16 руб. — доля общедомового потребления по площади помещения",
                "274,38"}) {
                org.junit.jupiter.api.Assertions.assertTrue(lines.contains(expected), () -> "«" + expected + "» not in:\n" + lines);
            }
            assertThat(page.locator("#totals")).containsText("К оплате: 8 047,34 руб. до 15.11.2026");
            assertThat(page.locator("#receipt")).hasAttribute("href", Pattern.compile(".*/cabinet/receipts/\\d+/2026-10\\.pdf"));

            page.locator("#paymentsLink").click();
            assertThat(page.locator("#summary")).containsText("на конец: 8 047,34 руб.");
            assertThat(page.locator("#payments\\:months tbody tr")).hasCount(1);
            assertThat(page.locator("#payments\\:noPayments")).isVisible();
            assertEquals(List.of(), Browser.seriousViolations(page));

            page.locator("#companyLink").click();
            assertThat(page.locator("#company h2")).hasText("ООО «Тест " + company[0] + "»");
            assertThat(page.locator("#company")).containsText("БИК 045004641");
            assertEquals(List.of(), Browser.seriousViolations(page));
        }
    }

    @Test
    void readingsForAllMetersAreCheckedAtOnceAndTakenAllOrNone() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String email = "readings-" + company[0].toLowerCase() + "@example.ru";
        // Inside the reading window whatever day the test runs.
        TestOrganization.update("UPDATE organization SET reading_window_from = 1, reading_window_to = 31 WHERE id = " + company[2]);
        try (Browser browser = new Browser()) {
            Page page = browser.page(true);
            page.navigate("/register.xhtml");
            ResidentRegistrationIT.fill(page, company[1], "Иванов", email, PASSWORD, PASSWORD);
            ResidentRegistrationIT.solveCaptcha(page);
            page.locator("#register\\:submit").click();
            page.navigate(ResidentRegistrationIT.confirmationLink(email));
            ResidentRegistrationIT.signIn(page, email, PASSWORD);
            page.locator("#readingsLink").click();
            assertThat(page.locator("#window")).hasText("Показания принимаются с 1 по 31 число и будут учтены в расчёте за ноябрь 2026.");
            // EL-0001 (6 digits, 1 decimal) at 15 230,5; GV-0001 at 201,1 after 3,7 in October; HV-0001 at 312,456 after 7,246.
            assertThat(page.locator("fieldset legend")).hasText(new String[] {"Электроэнергия, счётчик № EL-0001",
                "Горячее водоснабжение, счётчик № GV-0001", "Холодное водоснабжение, счётчик № HV-0001"});
            assertEquals(List.of(), Browser.seriousViolations(page));

            reading(page, 0, "15230,55");
            reading(page, 1, "300");
            reading(page, 2, "300");
            page.locator("#readings\\:submit").click();
            assertThat(page.locator("#readings\\:messages")).hasText("Показания не приняты: исправьте отмеченные поля или подтвердите их");
            assertThat(page.locator("#readings\\:meters\\:0\\:refusal")).hasText("у счётчика 1 разряд после запятой");
            assertThat(page.locator("#readings\\:meters\\:1\\:question"))
                    .hasText("расход 98,9 больше среднего (3,7) в 26 раз: проверьте показание и подтвердите его");
            assertThat(page.locator("#readings\\:meters\\:2\\:refusal"))
                    .hasText("меньше предыдущего (312,456). Если счётчик прошёл через ноль, отметьте «переход через ноль»");
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of("0"), readingsOf(company[2], "2026-11-01"));

            reading(page, 0, "15400");
            reading(page, 1, "205,3");
            reading(page, 2, "319,7");
            page.locator("#readings\\:submit").click();
            assertThat(page.locator("#readings\\:messages")).hasText("Показания приняты (3) и будут учтены в расчёте за ноябрь 2026.");
            assertEquals(List.of("EL-0001|15400.000000|RESIDENT|ACCEPTED", "GV-0001|205.300000|RESIDENT|ACCEPTED",
                    "HV-0001|319.700000|RESIDENT|ACCEPTED"), TestOrganization.query("SELECT m.serial, r.value, r.source, r.status"
                    + " FROM meter_reading r JOIN meter m ON m.id = r.meter_id WHERE m.organization_id = " + company[2]
                    + " AND r.period = '2026-11-01' ORDER BY m.serial"));

            // A reading can be deleted until it is billed; an implausible one is taken once confirmed.
            page.locator("#readings\\:meters\\:1\\:delete").click();
            assertThat(page.locator("#readings\\:messages")).hasText("Показание счётчика GV-0001 удалено");
            reading(page, 1, "300");
            page.locator("#readings\\:submit").click();
            assertThat(page.locator("#readings\\:meters\\:1\\:question")).containsText("расход 98,9");
            page.locator("#readings\\:meters\\:1\\:confirm").check();
            page.locator("#readings\\:submit").click();
            assertThat(page.locator("#readings\\:messages")).hasText("Показания приняты (1) и будут учтены в расчёте за ноябрь 2026.");
            assertEquals(List.of("3"), readingsOf(company[2], "2026-11-01"));

            // The history: October's readings came from the company and are billed; November's are the resident's.
            String history = page.locator("#history").innerText();
            org.junit.jupiter.api.Assertions.assertTrue(history.contains("октябрь 2026\tХолодное водоснабжение, № HV-0001\t312,456"
                    + "\tиз данных управляющей организации\tРассчитано"), history);
            org.junit.jupiter.api.Assertions.assertTrue(history.contains("ноябрь 2026\tХолодное водоснабжение, № HV-0001\t319,7"
                    + "\tпередано жителем\tпринято"), history);

            // Outside the window the reading goes to the next month, and the page says so.
            int day = java.time.LocalDate.now().getDayOfMonth();
            TestOrganization.update("UPDATE organization SET reading_window_from = " + (day <= 15 ? 20 : 1) + ", reading_window_to = "
                    + (day <= 15 ? 25 : 5) + " WHERE id = " + company[2]);
            page.locator("#readingsLink").click();
            assertThat(page.locator("#window")).containsText("Сейчас вне окна приёма показаний");
            assertThat(page.locator("#window")).containsText("будут учтены в расчёте за декабрь 2026");
            reading(page, 2, "325");
            page.locator("#readings\\:submit").click();
            assertThat(page.locator("#readings\\:messages")).hasText("Показания приняты (1). Сейчас вне окна приёма показаний:"
                    + " они будут учтены в расчёте за декабрь 2026.");
            assertEquals(List.of("1"), readingsOf(company[2], "2026-12-01"));
        }
    }

    private static void reading(Page page, int meter, String value) {
        page.locator("#readings\\:meters\\:" + meter + "\\:value").fill(value);
    }

    private static List<String> readingsOf(String organizationId, String period) {
        return TestOrganization.query("SELECT COUNT(*) FROM meter_reading r JOIN meter m ON m.id = r.meter_id WHERE m.organization_id = "
                + organizationId + " AND r.period = '" + period + "'");
    }
}
