package ru.gkh.cabinet.domain.model.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import ru.gkh.cabinet.domain.model.Digits;

/**
 * The notations of the import files (formats.md, "Common rules"): either decimal mark, two date and two
 * period notations. Each method names the column in its refusal.
 */
public final class FieldFormat {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

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
        // Read in place, digit by digit (as every date and period here): a DateTimeFormatter took a tenth of the CPU of
        // parsing a readings file.
        LocalDate d = null;
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            d = dayOf(Digits.read(t, 0, 4), Digits.read(t, 5, 2), Digits.read(t, 8, 2));
        } else if (t.length() == 10 && t.charAt(2) == '.' && t.charAt(5) == '.') {
            d = dayOf(Digits.read(t, 6, 4), Digits.read(t, 3, 2), Digits.read(t, 0, 2));
        }
        if (d == null) {
            throw new RowRejected(column, "«" + text + "» — не дата (ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)");
        }
        return d;
    }

    /** The day, or null when there is no such day (the 30th of February) or a field was not all digits. */
    private static LocalDate dayOf(int year, int month, int day) {
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The classic bank registry's {@code dd-MM-yyyy}. */
    public static LocalDate registryDate(String column, String text) {
        String t = text.strip();
        LocalDate d = t.length() == 10 && t.charAt(2) == '-' && t.charAt(5) == '-'
                ? dayOf(Digits.read(t, 6, 4), Digits.read(t, 3, 2), Digits.read(t, 0, 2)) : null;
        if (d == null) {
            throw new RowRejected(column, "«" + text + "» — не дата (ожидается ДД-ММ-ГГГГ)");
        }
        return d;
    }

    /** {@code yyyy-MM} or {@code MM.yyyy}. */
    public static YearMonth period(String column, String text) {
        String t = text.strip();
        int year = -1;
        int month = -1;
        if (t.length() == 7 && t.charAt(4) == '-') {
            year = Digits.read(t, 0, 4);
            month = Digits.read(t, 5, 2);
        } else if (t.length() == 7 && t.charAt(2) == '.') {
            year = Digits.read(t, 3, 4);
            month = Digits.read(t, 0, 2);
        }
        if (year < 0 || month < 0) {
            throw new RowRejected(column, "«" + text + "» — не период (ожидается ГГГГ-ММ или ММ.ГГГГ)");
        }
        return yearMonth(column, text, year, month);
    }

    /** The classic bank registry's {@code MMyyyy}. */
    public static YearMonth registryPeriod(String column, String text) {
        String t = text.strip();
        int year = t.length() == 6 ? Digits.read(t, 2, 4) : -1;
        int month = t.length() == 6 ? Digits.read(t, 0, 2) : -1;
        if (year < 0 || month < 0) {
            throw new RowRejected(column, "«" + text + "» — не период (ожидается ММГГГГ)");
        }
        return yearMonth(column, text, year, month);
    }

    private static YearMonth yearMonth(String column, String text, int year, int month) {
        if (month < 1 || month > 12) {
            throw new RowRejected(column, "«" + text + "» — месяц должен быть от 01 до 12");
        }
        return YearMonth.of(year, month);
    }
}
