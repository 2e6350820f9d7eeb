package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import ru.gkh.cabinet.domain.model.Digits;

/**
 * What one service of an account still owes (or is owed) for each period, as its statement line carries it to the
 * next close: {@code 2026-05:1200.50 2026-07:-3.10}, the periods in order, only those not square. With it the next
 * close needs none of the account's history. Too many periods for the statement's column: none carried (null), and
 * the next close reads the history instead.
 */
public final class OpenItems {

    /** The statement's column holds this many characters. */
    public static final int MAX_LENGTH = 400;

    private OpenItems() {
    }

    /** The text of the items (empty when every period is square), or null when it would not fit. */
    public static String format(SortedMap<YearMonth, BigDecimal> items) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<YearMonth, BigDecimal> item : items.entrySet()) {
            if (item.getValue().signum() == 0) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(item.getKey()).append(':').append(item.getValue().toPlainString());
        }
        return text.length() > MAX_LENGTH ? null : text.toString();
    }

    public static SortedMap<YearMonth, BigDecimal> parse(String text) {
        SortedMap<YearMonth, BigDecimal> items = new TreeMap<>();
        if (text.isEmpty()) {
            return items;
        }
        for (String item : text.split(" ")) {
            int colon = item.indexOf(':');
            items.put(period(item, colon), new BigDecimal(item.substring(colon + 1)));
        }
        return items;
    }

    /**
     * The {@code yyyy-mm} before the colon, read digit by digit: {@code YearMonth.parse} goes through a
     * {@code DateTimeFormatter}, and a close parses a million of these.
     */
    private static YearMonth period(String item, int colon) {
        if (colon != 7 || item.charAt(4) != '-') {
            return YearMonth.parse(item.substring(0, colon));
        }
        int year = Digits.read(item, 0, 4);
        int month = Digits.read(item, 5, 2);
        if (year < 0 || month < 0) {
            throw new IllegalArgumentException("Not an open item: " + item);
        }
        return YearMonth.of(year, month);
    }
}
