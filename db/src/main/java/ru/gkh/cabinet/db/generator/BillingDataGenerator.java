package ru.gkh.cabinet.db.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes the billing-data files of formats.md for a realistic management company of any size: Russian
 * addresses and names, the services and tariffs of shared/samples, individual and house meters, a year of
 * readings and payments. Deterministic for a given size and period, and streaming: one account at a time,
 * so a million accounts need no more memory than a hundred. Payments come month by month, as a year of a bank's
 * monthly registries would ({@link MonthlyRegistries}).
 *
 * <p>Usage: {@code BillingDataGenerator --accounts N --out DIR [--until yyyy-MM] [--months 12]}; prints the
 * rows written per file.
 */
public final class BillingDataGenerator {

    private static final String[] CITIES = {"г. Новосибирск", "г. Екатеринбург", "г. Казань", "г. Самара", "г. Омск", "г. Пермь"};
    private static final String[] STREETS = {"ул. Ленина", "ул. Гоголя", "ул. Пушкина", "ул. Советская", "ул. Мира",
        "пр. Карла Маркса", "ул. Кирова", "ул. Садовая", "ул. Школьная", "ул. Молодёжная", "ул. Лесная", "ул. Победы",
        "ул. Гагарина", "ул. Чехова", "ул. Фрунзе", "ул. Толстого", "ул. Горького", "ул. Зелёная", "ул. Набережная",
        "ул. Октябрьская"};
    private static final String[] DEPARTMENTS = {"Центральное отделение", "Северное отделение", "Южное отделение",
        "Западное отделение", "Восточное отделение"};
    private static final String[] SURNAMES = {"Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Васильев",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
        "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров"};
    private static final String[] MALE_NAMES = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Иван", "Михаил",
        "Николай", "Владимир", "Евгений", "Олег", "Игорь"};
    private static final String[] FEMALE_NAMES = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Мария",
        "Анна", "Екатерина", "Галина", "Людмила", "Юлия"};
    private static final String[] FATHERS = {"Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Иванов",
        "Михайлов", "Николаев", "Владимиров", "Петров"};

    /** Accounts per building, as in a typical panel block of flats. */
    private static final int ACCOUNTS_PER_BUILDING = 100;

    private final int accounts;
    private final YearMonth until;
    private final int months;
    private final Path out;
    private final SplittableRandom random;

    BillingDataGenerator(int accounts, YearMonth until, int months, Path out) {
        this.accounts = accounts;
        this.until = until;
        this.months = months;
        this.out = out;
        this.random = new SplittableRandom(20261121L + accounts);
    }

    public static void main(String[] args) throws IOException {
        int accounts = 500;
        YearMonth until = YearMonth.now().minusMonths(1);
        int months = 12;
        Path out = Path.of("generated");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--accounts" -> accounts = Integer.parseInt(args[++i]);
                case "--until" -> until = YearMonth.parse(args[++i]);
                case "--months" -> months = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: --accounts N --out DIR [--until yyyy-MM] [--months 12]");
            }
        }
        long start = System.nanoTime();
        Counts c = new BillingDataGenerator(accounts, until, months, out).write();
        System.out.printf("buildings=%d accounts=%d tariffs=%d meters=%d readings=%d payments=%d recalculations=%d key_rates=%d seconds=%.1f%n",
                c.buildings, c.accounts, c.tariffs, c.meters, c.readings, c.payments, c.recalculations, c.keyRates,
                (System.nanoTime() - start) / 1e9);
    }

    /** Rows written per file. */
    static final class Counts {
        long buildings;
        long accounts;
        long tariffs;
        long meters;
        long readings;
        long payments;
        long recalculations;
        long keyRates;
    }

    Counts write() throws IOException {
        Files.createDirectories(out);
        Counts c = new Counts();
        YearMonth first = until.minusMonths(months - 1L);
        try (Writer buildings = open("buildings.csv", "building_code;department;address;total_area;common_area");
             Writer accountsFile = open("accounts.csv", "account_number;building_code;premises;total_area;living_area;rooms;"
                     + "residents;holder_name;phone;email;meter_possible;opened_on");
             Writer meters = open("meters.csv", "serial;account_number;building_code;service_code;int_digits;frac_digits;"
                     + "installed_on;verified_until;initial_reading");
             Writer readings = open("readings.csv", "serial;period;reading;taken_on");
             MonthlyRegistries payments = new MonthlyRegistries(out, months);
             Writer recalculations = open("recalculations.csv", "account_number;service_code;period;amount;reason")) {
            StringBuilder line = new StringBuilder(256);
            int buildingCount = (accounts + ACCOUNTS_PER_BUILDING - 1) / ACCOUNTS_PER_BUILDING;
            long accountNo = 0;
            for (int b = 1; b <= buildingCount; b++) {
                String code = "B" + pad(b, 6);
                int inBuilding = Math.min(ACCOUNTS_PER_BUILDING, accounts - (b - 1) * ACCOUNTS_PER_BUILDING);
                // Areas first, so the building's total is the sum of its premises.
                long[] areaCenti = new long[inBuilding];
                long total = 0;
                for (int i = 0; i < inBuilding; i++) {
                    areaCenti[i] = 3000 + random.nextInt(6000);
                    total += areaCenti[i];
                }
                long common = total * 22 / 100;
                line.setLength(0);
                line.append(code).append(';').append(DEPARTMENTS[(b - 1) % DEPARTMENTS.length]).append(';')
                        .append(CITIES[(b - 1) / 500 % CITIES.length]).append(", ").append(STREETS[(b - 1) % STREETS.length])
                        .append(", д. ").append((b - 1) / STREETS.length + 1).append(';');
                money(line, total).append(';');
                money(line, common).append('\n');
                buildings.append(line);
                c.buildings++;

                // The house (common) cold-water meter, read every month.
                String houseSerial = "ODPU-" + code;
                long houseReading = 100000_00;
                meter(meters, line, houseSerial, "", code, "HVS", 8, 2, "01.01.2018", "01.01.2034", scaled(houseReading, 2));
                c.meters++;
                for (int m = 0; m < months; m++) {
                    houseReading += inBuilding * (750 + random.nextInt(150));
                    reading(readings, line, houseSerial, first.plusMonths(m), houseReading, 2);
                    c.readings++;
                }

                for (int i = 0; i < inBuilding; i++) {
                    accountNo++;
                    String number = String.valueOf(100_000_000L + accountNo);
                    int residents = random.nextInt(10) < 1 ? 0 : 1 + random.nextInt(4);
                    boolean female = random.nextBoolean();
                    String holder = SURNAMES[random.nextInt(SURNAMES.length)] + (female ? "а " : " ")
                            + (female ? FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)] : MALE_NAMES[random.nextInt(MALE_NAMES.length)])
                            + " " + FATHERS[random.nextInt(FATHERS.length)] + (female ? "на" : "ич");
                    boolean metered = random.nextInt(10) < 8;
                    line.setLength(0);
                    line.append(number).append(';').append(code).append(';').append(i + 1).append(';');
                    money(line, areaCenti[i]).append(';');
                    money(line, areaCenti[i] * 6 / 10).append(';').append(1 + (int) (areaCenti[i] / 2500)).append(';')
                            .append(residents).append(';').append(holder).append(';');
                    if (random.nextInt(3) > 0) {
                        line.append("+79").append(pad(random.nextInt(1_000_000_000), 9));
                    }
                    line.append(';');
                    if (random.nextInt(2) > 0) {
                        line.append("client").append(number).append("@example.ru");
                    }
                    line.append(';').append(!metered && random.nextInt(4) == 0 ? '1' : '0').append(';')
                            .append("01.02.2015\n");
                    accountsFile.append(line);
                    c.accounts++;

                    if (metered) {
                        for (String service : new String[] {"HVS", "GVS"}) {
                            String serial = service.charAt(0) + "V-" + number;
                            // The dial's value when the history starts is its initial reading, so the first month's volume is real.
                            long value = random.nextInt(100_000);
                            meter(meters, line, serial, number, "", service, 5, 3, "10.03.2020", "10.03.2032", scaled(value, 3));
                            c.meters++;
                            for (int m = 0; m < months; m++) {
                                value += (long) (residents + 1) * (1_500 + random.nextInt(2_000));
                                reading(readings, line, serial, first.plusMonths(m), value, 3);
                                c.readings++;
                            }
                        }
                    }
                    if (random.nextInt(10) < 9) {
                        String serial = "EL-" + number;
                        long value = 10_000 + random.nextInt(100_000);
                        meter(meters, line, serial, number, "", "EL", 6, 1, "01.02.2015", "01.02.2035", scaled(value, 1));
                        c.meters++;
                        for (int m = 0; m < months; m++) {
                            value += 800 + random.nextInt(2_500);
                            reading(readings, line, serial, first.plusMonths(m), value, 1);
                            c.readings++;
                        }
                    }
                    // About a month's bill in kopecks: area × 92.52 ₽/m² (maintenance, capital repair, heating),
                    // 148.27 ₽ a resident, some 4 000 ₽ of water and electricity.
                    long bill = areaCenti[i] * 9252 / 100 + residents * 14827L + 400_000;
                    for (int m = 0; m < months; m++) {
                        if (random.nextInt(100) < 85) {
                            YearMonth paidFor = first.plusMonths(m);
                            LocalDate paidOn = paidFor.plusMonths(1).atDay(1 + random.nextInt(25));
                            long amount = Math.max(10_000, bill + random.nextInt(60_000) - 30_000);
                            line.setLength(0);
                            line.append("SB-").append(paidFor).append('-').append(number).append(';');
                            date(line, paidOn).append(';').append(number).append(';');
                            money(line, amount).append(';').append(paidFor).append(";BANK\n");
                            payments.of(m).append(line);
                            c.payments++;
                        }
                    }
                    if (random.nextInt(100) == 0) {
                        line.setLength(0);
                        line.append(number).append(";HEAT;").append(until).append(";-");
                        money(line, 5_000 + random.nextInt(20_000)).append(";Ненадлежащее качество отопления\n");
                        recalculations.append(line);
                        c.recalculations++;
                    }
                }
            }
        }
        MonthlyRegistries.join(out, months, "payments.csv", "payment_id;paid_on;account_number;amount;period;channel");
        c.tariffs = writeTariffs(first);
        try (Writer keyRates = open("key_rates.csv", "valid_from;rate")) {
            keyRates.append("2022-02-28;9,5\n");
            c.keyRates = 1;
        }
        return c;
    }

    private long writeTariffs(YearMonth first) throws IOException {
        String from = date(new StringBuilder(), first.atDay(1)).toString();
        String[] rows = {
            "MAINT;Содержание жилого помещения;m2;AREA;*;%s;31,47;;;УК «Пример»;",
            "CAPREP;Взнос на капитальный ремонт;m2;AREA;*;%s;14,20;;;Фонд капремонта;",
            "HEAT;Отопление;m2;AREA;*;%s;46,85;;;ТГК;",
            "HVS;Холодное водоснабжение;m3;METERED;*;%s;33,73;4,745;0,027;Водоканал;",
            "GVS;Горячее водоснабжение;m3;METERED;*;%s;231,09;3,5;0,021;ТГК;",
            "VO;Водоотведение;m3;METERED;*;%s;25,48;8,245;;Водоканал;HVS+GVS",
            "EL;Электроэнергия;kWh;METERED;*;%s;5,56;65;;Энергосбыт;",
            "TKO;Обращение с ТКО;person;PER_RESIDENT;*;%s;148,27;;;Региональный оператор;"};
        try (Writer w = open("tariffs.csv", "service_code;service_name;unit;method;building_code;valid_from;rate;norm;common_norm;provider;volume_from")) {
            for (String r : rows) {
                w.append(r.formatted(from)).append('\n');
            }
            // A mid-history increase of cold water, as in the samples.
            String mid = date(new StringBuilder(), first.plusMonths(months / 2).atDay(1)).toString();
            w.append("HVS;Холодное водоснабжение;m3;METERED;*;" + mid + ";36,05;4,745;0,027;Водоканал;\n");
        }
        return 9;
    }

    private Writer open(String name, String header) throws IOException {
        Writer w = writer(out.resolve(name));
        w.append(header).append('\n');
        return w;
    }

    /** A buffered UTF-8 writer of a generated file. */
    static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void meter(Writer w, StringBuilder line, String serial, String account, String building, String service,
                              int intDigits, int fracDigits, String installed, String verified, String initial) throws IOException {
        line.setLength(0);
        line.append(serial).append(';').append(account).append(';').append(building).append(';').append(service).append(';')
                .append(intDigits).append(';').append(fracDigits).append(';').append(installed).append(';').append(verified)
                .append(';').append(initial).append('\n');
        w.append(line);
    }

    /** A reading stored in thousandths (scale 3), hundredths (2) or tenths (1) of the unit. */
    private static void reading(Writer w, StringBuilder line, String serial, YearMonth period, long scaled, int scale) throws IOException {
        line.setLength(0);
        line.append(serial).append(';').append(period).append(';');
        long unit = scale == 3 ? 1000 : scale == 2 ? 100 : 10;
        line.append(scaled / unit).append(',');
        String frac = String.valueOf(scaled % unit);
        for (int i = frac.length(); i < scale; i++) {
            line.append('0');
        }
        line.append(frac).append(';');
        date(line, period.atDay(20)).append('\n');
        w.append(line);
    }

    /** A value kept in tenths, hundredths or thousandths, as the file writes it: {@code 1234,567}. */
    private static String scaled(long value, int scale) {
        long unit = scale == 3 ? 1000 : scale == 2 ? 100 : 10;
        String frac = String.valueOf(value % unit);
        return value / unit + "," + "0".repeat(scale - frac.length()) + frac;
    }

    private static StringBuilder money(StringBuilder sb, long kopecks) {
        sb.append(kopecks / 100).append(',');
        long k = kopecks % 100;
        if (k < 10) {
            sb.append('0');
        }
        return sb.append(k);
    }

    private static StringBuilder date(StringBuilder sb, LocalDate d) {
        if (d.getDayOfMonth() < 10) {
            sb.append('0');
        }
        sb.append(d.getDayOfMonth()).append('.');
        if (d.getMonthValue() < 10) {
            sb.append('0');
        }
        return sb.append(d.getMonthValue()).append('.').append(d.getYear());
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
