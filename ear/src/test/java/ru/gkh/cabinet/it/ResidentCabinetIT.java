package ru.gkh.cabinet.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
            Page page = signedInResident(browser, number, "Иванов", email);

            // Главная: 8 047,34 billed for October, 6 125,40 paid on 05.11: 1 921,94 still due by 15.11.
            assertThat(page.locator("#card")).containsText("Лицевой счёт " + number);
            assertThat(page.locator("#card")).containsText("Площадь 54,3 м², комнат: 2, проживает 3");
            assertThat(page.locator("#balance")).hasText("Задолженность на сегодня: 1 921,94 руб. — оплатите до 15.11.2026"
                    + " (по итогам месяца «октябрь 2026» с учётом оплат после него: 6 125,40 руб.)");
            assertThat(page.locator("#services")).containsText("Холодное водоснабжение");
            assertThat(page.locator("#services")).containsText("36,05 за м³");
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));

            // Another resident's account by its id: the cabinet still shows only the user's own.
            String otherId = TestOrganization.query("SELECT id FROM personal_account WHERE number = '" + other + "'").get(0);
            page.navigate("/cabinet/index.xhtml?account=" + otherId);
            assertThat(page.locator("#card")).containsText("Лицевой счёт " + number);
            assertThat(page.locator("body")).not().containsText("Петрова");

            page.locator("#chargesLink").click();
            assertThat(page.locator("#month-charges h2")).hasText("октябрь 2026");
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));
            String lines = page.locator("#lines").innerText();
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
            // The month is chosen by a GET form (an address a resident can keep); a month not closed says so.
            page.locator("#show").click();
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/charges\\.xhtml\\?month=2026-10$"));
            assertThat(page.locator("#month-charges h2")).hasText("октябрь 2026");
            page.navigate("/cabinet/charges.xhtml?month=2026-09");
            assertThat(page.locator("#messages")).hasText("Начислений за 2026-09 нет: месяц ещё не закрыт или счёт тогда не был открыт");
            assertThat(page.locator("#month-charges")).hasCount(0);
            page.navigate("/cabinet/charges.xhtml?month=2026-1");
            assertThat(page.locator("#messages")).hasText("Месяц: «2026-1» — ожидается ГГГГ-ММ");
            assertThat(page.locator("#month-charges")).hasCount(0);

            page.locator("#paymentsLink").click();
            assertThat(page.locator("#summary")).containsText("на конец: 8 047,34 руб.");
            assertThat(page.locator("#months tbody tr")).hasCount(1);
            assertThat(page.locator("#noPayments")).isVisible();
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));
            page.locator("#show").click();
            assertThat(page).hasURL(Pattern.compile(".*/cabinet/payments\\.xhtml\\?from=2026-10&to=2026-10$"));
            assertThat(page.locator("#summary")).containsText("на конец: 8 047,34 руб.");
            page.navigate("/cabinet/payments.xhtml?from=2026-13&to=2026-10");
            assertThat(page.locator("#messages")).hasText("С месяца: «2026-13» — ожидается ГГГГ-ММ");
            assertThat(page.locator("#statement")).hasCount(0);

            TestOrganization.update("UPDATE organization SET office_hours = 'Пн–пт 9:00–18:00, обед 13:00–14:00' WHERE id = " + company[2]);
            page.locator("#companyLink").click();
            assertThat(page.locator("#hours")).hasText("Пн–пт 9:00–18:00, обед 13:00–14:00");
            assertThat(page.locator("#company h2")).hasText("ООО «Тест " + company[0] + "»");
            assertThat(page.locator("#company")).containsText("БИК 045004641");
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));

            // A rate of the resident's own building from today (a building's own tariff comes before the one for all
            // buildings): Главная shows it as soon as the import has committed, though a building's rates are kept
            // between pages (CurrentRates).
            String building = TestOrganization.query("SELECT b.code FROM personal_account a JOIN premises p ON p.id = a.premises_id"
                    + " JOIN building b ON b.id = p.building_id WHERE a.number = '" + number + "'").get(0);
            JsonObject imported = new TestOrganization(company[0], Long.parseLong(company[2])).importFile("tariffs",
                    "service_code;service_name;unit;method;building_code;valid_from;rate;norm;common_norm;provider;volume_from\n"
                    + "HVS;Холодное водоснабжение;m3;METERED;" + building + ";" + LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + ";40,00;4,745;0,027;Водоканал;\n");
            assertEquals("COMPLETED", imported.getString("status"), imported.toString());
            page.locator("#homeLink").click();
            assertThat(page.locator("#services")).containsText("40,00 за м³");
            assertThat(page.locator("#services")).not().containsText("36,05");
        }
    }

    @Test
    void readingsForAllMetersAreCheckedAtOnceAndTakenAllOrNone() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String email = "readings-" + company[0].toLowerCase() + "@example.ru";
        // Inside the reading window whatever day the test runs.
        TestOrganization.update("UPDATE organization SET reading_window_from = 1, reading_window_to = 31 WHERE id = " + company[2]);
        try (Browser browser = new Browser()) {
            Page page = signedInResident(browser, company[1], "Иванов", email);
            page.locator("#readingsLink").click();
            assertThat(page.locator("#window")).hasText("Показания принимаются с 1 по 31 число и будут учтены в расчёте за ноябрь 2026.");
            // EL-0001 (6 digits, 1 decimal) at 15 230,5; GV-0001 at 201,1 after 3,7 in October; HV-0001 at 312,456 after 7,246.
            assertThat(page.locator("fieldset legend")).hasText(new String[] {"Электроэнергия, счётчик № EL-0001",
                "Горячее водоснабжение, счётчик № GV-0001", "Холодное водоснабжение, счётчик № HV-0001"});
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));

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
            assertEquals(List.of(), Browser.sticksOut(page));
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

            // The history: October's readings came from the company and are billed; November's are the resident's. On
            // the phone each row is a card, its cells one under another, the page no wider than the screen.
            assertThat(historyRow(page, "октябрь 2026", "HV-0001").locator("td")).hasText(new String[] {"октябрь 2026",
                "Холодное водоснабжение, № HV-0001", "312,456", "из данных управляющей организации", "Рассчитано"});
            assertThat(historyRow(page, "ноябрь 2026", "HV-0001").locator("td")).hasText(new String[] {"ноябрь 2026",
                "Холодное водоснабжение, № HV-0001", "319,7", "передано жителем", "принято"});
            assertEquals("block", page.locator("#history tbody tr").first().evaluate("e => getComputedStyle(e).display"));
            assertEquals(List.of(), Browser.sticksOut(page));

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

            // A meter past its verification takes no readings.
            TestOrganization.update("UPDATE meter SET verified_until = '2020-01-01' WHERE organization_id = " + company[2]
                    + " AND serial = 'GV-0001'");
            page.locator("#readingsLink").click();
            assertThat(page.locator("fieldset").nth(1)).containsText("Срок поверки истёк: показания не принимаются");
            assertThat(page.locator("#readings\\:meters\\:1\\:value")).hasCount(0);
        }
    }

    @Test
    void appealsAnsweredByAnOperatorPaidServicesNewsRatingAndTheCommonPropertyFigures() throws Exception {
        String[] company = ResidentRegistrationIT.closedCompany();
        String code = company[0];
        String email = "appeals-" + code.toLowerCase() + "@example.ru";
        String neighbour = "neighbour-" + code.toLowerCase() + "@example.ru";
        String other = String.valueOf(710000000L + Long.parseLong(company[2]));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4};
        try (Browser browser = new Browser()) {
            Page page = signedInResident(browser, company[1], "Иванов", email);

            // Расчёт ОДН of October: the house meter gave 100,4 m³; the account's share is capped by the norm:
            // 0,027 × 610 m² × 54,3 m² ÷ 2 450,5 m² = 0,364954 m³, charged at 36,05: 13,16.
            page.locator("#commonLink").click();
            String common = page.locator("#common").innerText();
            for (String expected : new String[] {"Холодное водоснабжение", "По общедомовому счётчику\n100,4 м³",
                "Предел по нормативу\n0,364954 м³ — применён", "Начислено вам\n0,364954 м³ на 13,16 руб."}) {
                org.junit.jupiter.api.Assertions.assertTrue(common.contains(expected), () -> "«" + expected + "» not in:\n" + common);
            }
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));

            // An appeal: the topic is required; a script named like a photo is refused; a real picture goes.
            page.locator("#appealsLink").click();
            page.locator("#appeal\\:text").fill("Протекает крыша над квартирой 1");
            page.locator("#appeal\\:send").click();
            assertThat(page.locator("#messages")).hasText("Тема: выберите тему обращения");
            page.locator("#appeal\\:category").selectOption("REPAIR");
            page.locator("#appeal\\:text").fill("Протекает крыша над квартирой 1");
            page.locator("#appeal\\:files").setInputFiles(new com.microsoft.playwright.options.FilePayload[] {
                new com.microsoft.playwright.options.FilePayload("photo.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes())});
            page.locator("#appeal\\:send").click();
            assertThat(page.locator("#messages")).hasText("Файл «photo.jpg»: можно приложить фотографию (JPEG, PNG) или документ PDF");
            assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM appeal WHERE organization_id = " + company[2]));
            page.locator("#appeal\\:category").selectOption("REPAIR");
            page.locator("#appeal\\:text").fill("Протекает крыша над квартирой 1");
            page.locator("#appeal\\:files").setInputFiles(new com.microsoft.playwright.options.FilePayload[] {
                new com.microsoft.playwright.options.FilePayload("крыша.png", "image/png", png)});
            page.locator("#appeal\\:send").click();
            assertThat(page.locator("#messages")).hasText(Pattern.compile("Обращение № \\d+ отправлено\\. Ответ придёт на электронную почту и появится здесь\\."));
            String appeal = TestOrganization.query("SELECT id FROM appeal WHERE organization_id = " + company[2]).get(0);
            String attachment = TestOrganization.query("SELECT id FROM appeal_attachment WHERE appeal_id = " + appeal).get(0);
            assertThat(page.locator("#mine")).containsText("Ремонт и содержание дома");
            assertThat(page.locator("#mine")).containsText("новое");
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));
            com.microsoft.playwright.APIResponse file = page.request().get("/cabinet/attachments/" + attachment);
            assertEquals(200, file.status());
            org.junit.jupiter.api.Assertions.assertArrayEquals(png, file.body());
            org.junit.jupiter.api.Assertions.assertTrue(file.headers().get("content-type").startsWith("image/png"), file.headers().toString());
            assertEquals("attachment; filename*=UTF-8''%D0%BA%D1%80%D1%8B%D1%88%D0%B0.png", file.headers().get("content-disposition"));

            // A neighbour (another account) cannot fetch it.
            Page next = signedInResident(browser, other, "Петрова", neighbour);
            assertEquals(404, next.request().get("/cabinet/attachments/" + attachment).status());

            // Her hot water has no meter: charged by the norm in force for the building, 3,5 m³ a person, which the
            // explanation names (read in the same statement as the month's lines).
            next.navigate("/cabinet/charges.xhtml");
            String herLines = next.locator("#lines").innerText();
            org.junit.jupiter.api.Assertions.assertTrue(herLines.contains("3,5 м³ × 1 чел.") && herLines.contains("231,09 руб.")
                    && herLines.contains("по нормативу"), () -> "no charge by the norm in:\n" + herLines);
            // Her September's hot water given back in October, with the reason from the recalculations file.
            org.junit.jupiter.api.Assertions.assertTrue(herLines.contains("Перерасчёт: Временное отсутствие 12 дней (п.86 Правил 354) (за 2026-09)"),
                    () -> "no recalculation's reason in:\n" + herLines);

            // The operator answers; a final status needs an answer; the resident is mailed it.
            Page admin = browser.page(false);
            Browser.signIn(admin, "admin", "demo-admin-2026");
            admin.navigate("/staff/appeals.xhtml");
            Browser.actFor(admin, code);
            assertThat(admin.locator("#appeals\\:queue tbody tr")).hasCount(1);
            assertThat(admin.locator("#appeals\\:queue")).containsText("Протекает крыша над квартирой 1");
            assertThat(admin.locator("#appeals\\:queue tbody tr")).containsText(Pattern.compile("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d"));
            assertEquals(200, admin.request().get("/staff/attachments/" + attachment).status());
            admin.locator("#appeals\\:queue\\:0\\:newStatus").selectOption("ANSWERED");
            admin.locator("#appeals\\:queue\\:0\\:save").click();
            assertThat(admin.locator("#appeals\\:messages")).hasText("Ответ: напишите жителю ответ");
            admin.locator("#appeals\\:queue\\:0\\:newStatus").selectOption("ANSWERED");
            admin.locator("#appeals\\:queue\\:0\\:answer").fill("Кровельщики придут 25.11 с 9 до 12");
            admin.locator("#appeals\\:queue\\:0\\:save").click();
            assertThat(admin.locator("#appeals\\:messages")).hasText("Обращение " + appeal + ": дан ответ, житель получит ответ");
            assertEquals(List.of(), Browser.seriousViolations(admin));
            String mail = ReceiptsIT.awaitMail(email, 2).stream().map(m -> m.asJsonObject().getString("subject")).filter(s -> s.startsWith("Ответ"))
                    .findFirst().orElse("");
            assertEquals("Ответ на обращение № " + appeal, mail);
            page.navigate("/cabinet/appeals.xhtml");
            assertThat(page.locator("#mine")).containsText("дан ответ");
            assertThat(page.locator("#mine")).containsText("Кровельщики придут 25.11 с 9 до 12");

            // A paid service from the price list, for a time at least an hour ahead.
            admin.locator("#prices\\:name").fill("Замена смесителя");
            admin.locator("#prices\\:price").fill("1500");
            admin.locator("#prices\\:unit").fill("работа");
            admin.locator("#prices\\:add").click();
            assertThat(admin.locator("#appeals\\:messages")).hasText("Услуга «Замена смесителя» добавлена в прейскурант");
            page.navigate("/cabinet/appeals.xhtml");
            page.locator("#order\\:service").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Замена смесителя — 1 500,00 руб. за работа"));
            page.locator("#order\\:when").fill(java.time.LocalDateTime.now().minusDays(1).withSecond(0).withNano(0).toString());
            page.locator("#order\\:orderText").fill("Течёт смеситель на кухне");
            page.locator("#order\\:submit").click();
            assertThat(page.locator("#messages")).hasText("Желаемые дата и время: не раньше чем через час и не позже чем через 90 дней");
            page.locator("#order\\:service").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Замена смесителя — 1 500,00 руб. за работа"));
            page.locator("#order\\:when").fill(java.time.LocalDateTime.now().plusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0).toString());
            page.locator("#order\\:orderText").fill("Течёт смеситель на кухне");
            page.locator("#order\\:submit").click();
            assertThat(page.locator("#messages")).hasText(Pattern.compile("Заявка № \\d+ принята\\. Управляющая организация подтвердит время письмом\\."));
            assertThat(page.locator("#mine")).containsText("Заявка: Замена смесителя");

            // News for the building: the subscriber is mailed, the menu marks it until it is read.
            TestOrganization.update("UPDATE user_account SET news_by_email = TRUE WHERE email = '" + email + "'");
            admin.navigate("/staff/news.xhtml");
            admin.locator("#news\\:title").fill("Отключение горячей воды");
            admin.locator("#news\\:body").fill("26 ноября с 9 до 17 часов в доме по ул. Ленина, 10 не будет горячей воды.");
            admin.locator("#news\\:buildings").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("г. Новосибирск, ул. Ленина, д. 10"));
            admin.locator("#news\\:publish").click();
            assertThat(admin.locator("#news\\:messages")).hasText("Новость опубликована; подписчикам отправлено сообщений: 1");
            assertThat(admin.locator("table[id$='published'] tbody tr").first()).containsText(Pattern.compile("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d"));
            assertEquals(List.of(), Browser.seriousViolations(admin));
            page.navigate("/cabinet/index.xhtml");
            assertThat(page.locator("#newsLink")).containsText("(1 новых)");
            page.locator("#newsLink").click();
            assertThat(page.locator("article.unread h2")).hasText("Отключение горячей воды новое");
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));
            page.navigate("/cabinet/news.xhtml");
            assertThat(page.locator("article.unread")).hasCount(0);
            assertThat(page.locator("#newsLink")).hasText("Новости");
            org.junit.jupiter.api.Assertions.assertTrue(ReceiptsIT.awaitMail(email, 3).stream()
                    .anyMatch(m -> m.asJsonObject().getString("subject").equals("Новость: Отключение горячей воды")));

            // The rating.
            page.locator("#ratingLink").click();
            page.locator("input[name='rating:grade'][value='GOOD']").check();
            page.locator("#rating\\:rate").click();
            assertThat(page.locator("#rating\\:messages")).hasText("Спасибо! Ваша оценка: хорошо");
            assertThat(page.locator("#results")).containsText("хорошо");
            assertEquals(List.of("GOOD"), TestOrganization.query("SELECT r.grade FROM cabinet_rating r JOIN user_account u ON u.id = r.user_id"
                    + " WHERE u.email = '" + email + "'"));
            assertEquals(List.of(), Browser.seriousViolations(page));
            assertEquals(List.of(), Browser.sticksOut(page));
        }
    }

    /** A resident registered on the account (email confirmation) and signed in, in a fresh phone-sized browser. */
    private static Page signedInResident(Browser browser, String account, String surname, String email) throws Exception {
        Page page = browser.page(true);
        ResidentRegistrationIT.registerAndSignIn(page, account, surname, email, PASSWORD);
        return page;
    }

    /** The history's row of a month's reading of a meter. */
    private static Locator historyRow(Page page, String month, String serial) {
        return page.locator("#history tbody tr").filter(new Locator.FilterOptions().setHasText(month))
                .filter(new Locator.FilterOptions().setHasText(serial));
    }

    private static void reading(Page page, int meter, String value) {
        page.locator("#readings\\:meters\\:" + meter + "\\:value").fill(value);
    }

    private static List<String> readingsOf(String organizationId, String period) {
        return TestOrganization.query("SELECT COUNT(*) FROM meter_reading r JOIN meter m ON m.id = r.meter_id WHERE m.organization_id = "
                + organizationId + " AND r.period = '" + period + "'");
    }
}
