package ru.gkh.cabinet.domain.model.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Russian documents write them: a space between thousands, a comma before the fraction ({@code 8 047,34}). */
public final class RussianNumbers {

    // A DecimalFormat is costly to make (pages and receipts format hundreds of numbers) and not thread-safe: one per thread.
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> format("#,##0.00", 2));
    private static final ThreadLocal<DecimalFormat> VOLUME = ThreadLocal.withInitial(() -> format("#,##0.######", 6));
    private static final ThreadLocal<DecimalFormat> RATE = ThreadLocal.withInitial(() -> format("#,##0.00####", 6));

    private RussianNumbers() {
    }

    /** Money: always two fraction digits. */
    public static String money(BigDecimal v) {
        return v == null ? "" : MONEY.get().format(v);
    }

    /** A volume: up to six fraction digits, none when whole. */
    public static String volume(BigDecimal v) {
        return v == null ? "" : VOLUME.get().format(v);
    }

    /** A rate: at least two fraction digits (kopecks), up to six. */
    public static String rate(BigDecimal v) {
        return v == null ? "" : RATE.get().format(v);
    }

    private static DecimalFormat format(String pattern, int fraction) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
        s.setDecimalSeparator(',');
        s.setGroupingSeparator(' ');
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setMaximumFractionDigits(fraction);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
