package ru.gkh.cabinet.web.resident;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ru.gkh.cabinet.web.staff.Messages;

/** A month a residents' page was asked for in its address ({@code ?month=2026-10}, a GET form's). */
final class ChosenMonth {

    private ChosenMonth() {
    }

    /** The month, or null with a message naming the field when the text is not one. */
    static YearMonth parse(String field, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            Messages.error(field + ": «" + text + "» — ожидается ГГГГ-ММ");
            return null;
        }
    }
}
