package ru.gkh.cabinet.web.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.gkh.cabinet.domain.model.receipt.RussianNumbers;

/**
 * For the pages, as the functions of {@code WEB-INF/cabinet.taglib.xml} ({@code xmlns:fmt="https://cabinet.gkh.ru/format"}):
 * {@code #{fmt:money(x)}} «8 047,34», {@code #{fmt:month(m)}} «октябрь 2026», dates «15.11.2026». Functions, not a
 * bean's methods: a function is found once, when the page is compiled, where a bean is looked up by name and its
 * method called through the resolvers for every figure of every table row.
 */
public final class RussianFormat {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private RussianFormat() {
    }

    /**
     * «8 047,34» with a no-break space between the thousands, so that a sum is never broken across two lines (in a
     * narrow column on a phone «1 280,76» read as «1» and «280,76»); receipts and texts keep RussianNumbers' plain one.
     */
    public static String money(BigDecimal v) {
        return RussianNumbers.money(v).replace(' ', '\u00a0');
    }

    public static String volume(BigDecimal v) {
        return RussianNumbers.volume(v);
    }

    public static String rate(BigDecimal v) {
        return RussianNumbers.rate(v);
    }

    public static String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }

    public static String dateTime(java.time.LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** A moment in the server's time zone, «21.11.2026 14:05». */
    public static String instant(java.time.Instant i) {
        return i == null ? "" : DATE_TIME.format(local(i));
    }

    /** A moment to the second, «21.11.2026 14:05:09»: the security log, where attempts come seconds apart. */
    public static String instantSeconds(java.time.Instant i) {
        return i == null ? "" : DATE_TIME_SECONDS.format(local(i));
    }

    private static java.time.LocalDateTime local(java.time.Instant i) {
        return java.time.LocalDateTime.ofInstant(i, java.time.ZoneId.systemDefault());
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
