package ru.gkh.cabinet.web.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ru.gkh.cabinet.application.Refusal;

/** A period in an API path ({@code 2026-10}); anything else is a 400 that says what was expected. */
final class PeriodParam {

    private PeriodParam() {
    }

    static YearMonth parse(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("«" + period + "» — не период (ожидается ГГГГ-ММ)");
        }
    }
}
