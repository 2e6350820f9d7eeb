package ru.gkh.cabinet.domain.model.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The notations of the import files (formats.md, "Common rules"): either decimal mark, two date and two
 * period notations. Each method names the column in its refusal.
 */
public final class FieldFormat {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter REGISTRY_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_PERIOD = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RU_PERIOD = Pattern.compile("(\\d{2})\\.(\\d{4})");
    private static final Pattern REGISTRY_PERIOD = Pattern.compile("(\\d{2})(\\d{4})");

    public static final int MONEY_SCALE = 2;
    public static final int QUANTITY_SCALE = 6;

    private FieldFormat() {
    }

    /** A decimal with at most {@code maxScale} fraction digits, either {@code ,} or {@code .} as its mark. */
    public static BigDecimal decimal(String column, String text, int maxScale) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new RowRejected(column, "«" + text + "» — не число (допустимы цифры и один знак «,» или «.», без разделителей тысяч)");
        }
        BigDecimal value = new BigDecimal(t.replace(',', '.'));
        if (value.scale() > maxScale) {
            throw new RowRejected(column, "«" + text + "» — больше " + maxScale + " знаков после запятой");
        }
        return value.setScale(Math.max(value.scale(), 0));
    }

    public static BigDecimal money(String column, String text) {
        return decimal(column, text, MONEY_SCALE).setScale(MONEY_SCALE);
    }

    public static BigDecimal quantity(String column, String text) {
        return decimal(column, text, QUANTITY_SCALE);
    }

    public static int integer(String column, String text, int min, int max) {
        String t = text.strip();
        if (!INTEGER.matcher(t).matches() || t.length() > 10) {
            throw new RowRejected(column, "«" + text + "» — не целое число");
        }
        long v = Long.parseLong(t);
        if (v < min || v > max) {
            throw new RowRejected(column, "«" + text + "» — вне допустимого диапазона " + min + "–" + max);
        }
        return (int) v;
    }

    /** {@code dd.MM.yyyy} or {@code yyyy-MM-dd}. */
    public static LocalDate date(String column, String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t, t.indexOf('-') == 4 ? ISO_DATE : RU_DATE);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "«" + text + "» — не дата (ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)");
        }
    }

    /** The classic bank registry's {@code dd-MM-yyyy}. */
    public static LocalDate registryDate(String column, String text) {
        try {
            return LocalDate.parse(text.strip(), REGISTRY_DATE);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "«" + text + "» — не дата (ожидается ДД-ММ-ГГГГ)");
        }
    }

    /** {@code yyyy-MM} or {@code MM.yyyy}. */
    public static YearMonth period(String column, String text) {
        String t = text.strip();
        var iso = ISO_PERIOD.matcher(t);
        if (iso.matches()) {
            return yearMonth(column, text, iso.group(1), iso.group(2));
        }
        var ru = RU_PERIOD.matcher(t);
        if (ru.matches()) {
            return yearMonth(column, text, ru.group(2), ru.group(1));
        }
        throw new RowRejected(column, "«" + text + "» — не период (ожидается ГГГГ-ММ или ММ.ГГГГ)");
    }

    /** The classic bank registry's {@code MMyyyy}. */
    public static YearMonth registryPeriod(String column, String text) {
        var m = REGISTRY_PERIOD.matcher(text.strip());
        if (!m.matches()) {
            throw new RowRejected(column, "«" + text + "» — не период (ожидается ММГГГГ)");
        }
        return yearMonth(column, text, m.group(2), m.group(1));
    }

    private static YearMonth yearMonth(String column, String text, String year, String month) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw new RowRejected(column, "«" + text + "» — месяц должен быть от 01 до 12");
        }
        return YearMonth.of(Integer.parseInt(year), m);
    }
}
