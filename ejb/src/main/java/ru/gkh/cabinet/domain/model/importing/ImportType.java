package ru.gkh.cabinet.domain.model.importing;

import static ru.gkh.cabinet.domain.model.importing.FieldFormat.date;
import static ru.gkh.cabinet.domain.model.importing.FieldFormat.integer;
import static ru.gkh.cabinet.domain.model.importing.FieldFormat.money;
import static ru.gkh.cabinet.domain.model.importing.FieldFormat.period;
import static ru.gkh.cabinet.domain.model.importing.FieldFormat.quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The files of formats.md: their columns and how a row becomes a {@link StagedRow}. Only what a single
 * row can tell is checked here; what needs the whole file or the database (duplicate keys, references)
 * is checked by the import's check step.
 */
public enum ImportType {

    BUILDINGS("buildings", "здания", List.of(
            req("building_code"), req("department"), req("address"), req("total_area"), opt("common_area")),
            r -> {
                String code = code(r, "building_code");
                BigDecimal total = positive("total_area", quantity("total_area", r.required("total_area")));
                BigDecimal common = nonNegative("common_area", optQuantity(r, "common_area"));
                return StagedRow.of(r.line(), code, code, text(r, "department", 200), text(r, "address", 500), total, common);
            }),

    ACCOUNTS("accounts", "лицевые счета", List.of(
            req("account_number"), req("building_code"), req("premises"), req("total_area"), opt("living_area"),
            opt("rooms"), req("residents"), req("holder_name"), opt("phone"), opt("email"), opt("meter_possible"),
            opt("opened_on"), opt("closed_on")),
            r -> {
                String number = accountNumber(r);
                BigDecimal total = positive("total_area", quantity("total_area", r.required("total_area")));
                BigDecimal living = nonNegative("living_area", optQuantity(r, "living_area"));
                Integer rooms = r.optional("rooms") == null ? null : integer("rooms", r.optional("rooms"), 0, 100);
                int residents = integer("residents", r.required("residents"), 0, 1000);
                String flag = Optional.ofNullable(r.optional("meter_possible")).orElse("0");
                if (!flag.equals("0") && !flag.equals("1")) {
                    throw new RowRejected("meter_possible", "«" + flag + "» — допустимы только 0 или 1");
                }
                String email = r.optional("email");
                if (email != null && !Vocabulary.EMAIL.matcher(email).matches()) {
                    throw new RowRejected("email", "«" + email + "» — не адрес электронной почты");
                }
                LocalDate opened = r.optional("opened_on") == null ? null : date("opened_on", r.optional("opened_on"));
                LocalDate closed = r.optional("closed_on") == null ? null : date("closed_on", r.optional("closed_on"));
                if (opened != null && closed != null && closed.isBefore(opened)) {
                    throw new RowRejected("closed_on", "дата закрытия " + closed + " раньше даты открытия " + opened);
                }
                return StagedRow.of(r.line(), number, number, code(r, "building_code"), text(r, "premises", 32), total,
                        living, rooms, residents, text(r, "holder_name", 300), PhoneNumber.normalise("phone", r.optional("phone")),
                        email, flag, opened, closed);
            }),

    TARIFFS("tariffs", "тарифы", List.of(
            req("service_code"), req("service_name"), req("unit"), req("method"), opt("building_code"), req("valid_from"),
            req("rate"), opt("norm"), opt("volume_from"), opt("common_norm"), opt("provider")),
            r -> {
                String service = code(r, "service_code");
                String unit = oneOf(r, "unit", Vocabulary.UNITS);
                String method = oneOf(r, "method", Vocabulary.METHODS).toUpperCase(Locale.ROOT);
                String building = Optional.ofNullable(r.optional("building_code")).orElse("*");
                LocalDate from = date("valid_from", r.required("valid_from"));
                BigDecimal rate = nonNegative("rate", quantity("rate", r.required("rate")));
                BigDecimal norm = nonNegative("norm", optQuantity(r, "norm"));
                BigDecimal commonNorm = nonNegative("common_norm", optQuantity(r, "common_norm"));
                String volumeFrom = r.optional("volume_from");
                if (!"METERED".equals(method)) {
                    for (String c : List.of("norm", "volume_from", "common_norm")) {
                        if (r.optional(c) != null) {
                            throw new RowRejected(c, "задаётся только для метода METERED");
                        }
                    }
                }
                if (volumeFrom != null) {
                    volumeFrom = volumeFrom.replace(" ", "").toUpperCase(Locale.ROOT);
                    if (!Vocabulary.VOLUME_FROM.matcher(volumeFrom).matches()) {
                        throw new RowRejected("volume_from", "«" + r.optional("volume_from") + "» — ожидаются коды услуг через «+», например HVS+GVS");
                    }
                }
                return StagedRow.of(r.line(), service + "|" + building + "|" + from, service, text(r, "service_name", 200), unit,
                        method, building, from, rate, norm, volumeFrom, commonNorm, textOrNull(r, "provider", 200));
            }),

    METERS("meters", "приборы учёта", List.of(
            req("serial"), opt("account_number"), opt("building_code"), req("service_code"), req("int_digits"),
            opt("frac_digits"), req("installed_on"), opt("verified_until"), req("initial_reading")),
            r -> {
                String serial = text(r, "serial", 64);
                String account = r.optional("account_number");
                String building = r.optional("building_code");
                if ((account == null) == (building == null)) {
                    throw new RowRejected(account == null ? "account_number" : "building_code",
                            "нужно указать ровно одно: account_number (индивидуальный прибор) или building_code (общедомовой)");
                }
                if (account != null) {
                    account = accountNumber(r);
                }
                int intDigits = integer("int_digits", r.required("int_digits"), 1, 9);
                int fracDigits = r.optional("frac_digits") == null ? 0 : integer("frac_digits", r.optional("frac_digits"), 0, 3);
                LocalDate installed = date("installed_on", r.required("installed_on"));
                LocalDate verified = r.optional("verified_until") == null ? null : date("verified_until", r.optional("verified_until"));
                BigDecimal initial = quantity("initial_reading", r.required("initial_reading"));
                MeterDial.check("initial_reading", initial, intDigits, fracDigits);
                return StagedRow.of(r.line(), serial, serial, account, building, code(r, "service_code"), intDigits, fracDigits,
                        installed, verified, initial);
            }),

    READINGS("readings", "показания", List.of(req("serial"), req("period"), req("reading"), opt("taken_on")),
            r -> {
                String serial = text(r, "serial", 64);
                YearMonth p = period("period", r.required("period"));
                BigDecimal reading = nonNegative("reading", quantity("reading", r.required("reading")));
                LocalDate taken = r.optional("taken_on") == null ? null : date("taken_on", r.optional("taken_on"));
                return StagedRow.of(r.line(), serial + "|" + p, serial, p.atDay(1), reading, taken);
            }),

    PAYMENTS("payments", "платежи", List.of(
            req("payment_id"), req("paid_on"), req("account_number"), req("amount"), opt("period"), opt("channel")),
            r -> {
                String id = text(r, "payment_id", 100);
                LocalDate paid = date("paid_on", r.required("paid_on"));
                String account = accountNumber(r);
                BigDecimal amount = positive("amount", money("amount", r.required("amount")));
                YearMonth p = r.optional("period") == null ? null : period("period", r.optional("period"));
                String channel = r.optional("channel") == null ? null : text(r, "channel", 16).toUpperCase(Locale.ROOT);
                return StagedRow.of(r.line(), id, id, paid, account, amount, p == null ? null : p.atDay(1), channel);
            }),

    RECALCULATIONS("recalculations", "перерасчёты", List.of(
            req("account_number"), req("service_code"), req("period"), req("amount"), req("reason")),
            r -> {
                String account = accountNumber(r);
                String service = code(r, "service_code");
                YearMonth p = period("period", r.required("period"));
                BigDecimal amount = money("amount", r.required("amount"));
                String reason = text(r, "reason", 500);
                return StagedRow.of(r.line(), account + "|" + service + "|" + p + "|" + reason, account, service, p.atDay(1), amount, reason);
            }),

    BALANCES("balances", "входящие остатки", List.of(
            req("account_number"), req("service_code"), req("period"), req("amount")),
            r -> {
                String account = accountNumber(r);
                String service = code(r, "service_code");
                YearMonth p = period("period", r.required("period"));
                BigDecimal amount = money("amount", r.required("amount"));
                return StagedRow.of(r.line(), account + "|" + service + "|" + p, account, service, p.atDay(1), amount);
            }),

    KEY_RATES("key_rates", "ставки пеней", List.of(req("valid_from"), req("rate")),
            r -> {
                LocalDate from = date("valid_from", r.required("valid_from"));
                BigDecimal rate = FieldFormat.decimal("rate", r.required("rate"), 4);
                if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
                    throw new RowRejected("rate", "«" + r.required("rate") + "» — ставка в процентах годовых должна быть больше 0 и меньше 100");
                }
                return StagedRow.of(r.line(), from.toString(), from, rate);
            });


    private final String path;
    private final String title;
    private final List<Column> columns;
    private final Function<SourceRow, StagedRow> normaliser;

    ImportType(String path, String title, List<Column> columns, Function<SourceRow, StagedRow> normaliser) {
        this.path = path;
        this.title = title;
        this.columns = columns;
        this.normaliser = normaliser;
    }

    /** The name in the API path and the file name: {@code key_rates}. */
    public String path() {
        return path;
    }

    /** The Russian name shown to the accountant. */
    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public StagedRow normalise(SourceRow row) {
        return normaliser.apply(row);
    }

    public static Optional<ImportType> fromPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equalsIgnoreCase(path)).findFirst();
    }

    /** A column of the file and whether every row must fill it. */
    public record Column(String name, boolean required) {
    }

    private static Column req(String name) {
        return new Column(name, true);
    }

    private static Column opt(String name) {
        return new Column(name, false);
    }

    private static String accountNumber(SourceRow r) {
        String v = r.required("account_number");
        if (!Vocabulary.ACCOUNT_NUMBER.matcher(v).matches()) {
            throw new RowRejected("account_number", "«" + v + "» — номер лицевого счёта должен состоять из 6–12 цифр");
        }
        return v;
    }

    private static String code(SourceRow r, String column) {
        String v = r.required(column);
        if (!Vocabulary.CODE.matcher(v).matches()) {
            throw new RowRejected(column, "«" + v + "» — код может содержать только буквы, цифры и знаки _ . - / (до 64 символов)");
        }
        return v;
    }

    private static String text(SourceRow r, String column, int max) {
        String v = r.required(column);
        if (v.length() > max) {
            throw new RowRejected(column, "длиннее " + max + " символов");
        }
        return v;
    }

    private static String textOrNull(SourceRow r, String column, int max) {
        return r.optional(column) == null ? null : text(r, column, max);
    }

    private static String oneOf(SourceRow r, String column, Set<String> allowed) {
        String v = r.required(column);
        return allowed.stream().filter(a -> a.equalsIgnoreCase(v)).findFirst().orElseThrow(() ->
                new RowRejected(column, "«" + v + "» — допустимые значения: " + String.join(", ", allowed.stream().sorted().toList())));
    }

    private static BigDecimal optQuantity(SourceRow r, String column) {
        return r.optional(column) == null ? null : quantity(column, r.optional(column));
    }

    private static BigDecimal positive(String column, BigDecimal v) {
        if (v != null && v.signum() <= 0) {
            throw new RowRejected(column, "«" + v.toPlainString() + "» — должно быть больше нуля");
        }
        return v;
    }

    private static BigDecimal nonNegative(String column, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            throw new RowRejected(column, "«" + v.toPlainString() + "» — не может быть отрицательным");
        }
        return v;
    }

    /** Patterns and value lists the enum's rows use (a holder, since enum constants cannot see later statics). */
    private static final class Vocabulary {
        static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{6,12}");
        static final Pattern CODE = Pattern.compile("[\\p{L}\\d_.\\-/]{1,64}");
        static final Pattern VOLUME_FROM = Pattern.compile("[A-Z\\d_]{1,16}(\\+[A-Z\\d_]{1,16})*");
        static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");
        static final Set<String> UNITS = Set.of("m2", "m3", "kWh", "Gcal", "person", "month");
        static final Set<String> METHODS = Set.of("AREA", "METERED", "PER_RESIDENT", "FIXED");
    }
}
