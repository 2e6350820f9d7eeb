package ru.gkh.cabinet.web.resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.gkh.cabinet.domain.model.receipt.RussianNumbers;

/** For the residents' pages: {@code #{fmt.money(x)}} «8 047,34», {@code #{fmt.month(m)}} «октябрь 2026», dates «15.11.2026». */
@Named("fmt")
@ApplicationScoped
public class RussianFormat {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String money(BigDecimal v) {
        return RussianNumbers.money(v);
    }

    public String volume(BigDecimal v) {
        return RussianNumbers.volume(v);
    }

    public String rate(BigDecimal v) {
        return RussianNumbers.rate(v);
    }

    public String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }

    public String dateTime(java.time.LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** A moment in the server's time zone, «21.11.2026 14:05». */
    public String instant(java.time.Instant i) {
        return i == null ? "" : dateTime(java.time.LocalDateTime.ofInstant(i, java.time.ZoneId.systemDefault()));
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
