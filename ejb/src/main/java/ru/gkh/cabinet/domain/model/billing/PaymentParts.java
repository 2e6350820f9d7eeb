package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.domain.model.Digits;

/**
 * How a payment was allocated, as its one row of {@code payment_allocation} keeps it (V25): each part's period, service
 * id and amount, {@code 2026-05:31:1200.50 2026-06:31:-3.10}, in the order the close settled them. A row a payment
 * instead of a row a part: a month's close of 100,000 accounts wrote 1,281,572 parts (12.8 an account, the most of any
 * table) for ~85,000 payments. Services are named by id: a code is the organization's free text.
 */
public final class PaymentParts {

    /** One part: which period and service (by id) a payment settled, and how much. */
    public record Part(YearMonth period, long service, BigDecimal amount) {
    }

    private PaymentParts() {
    }

    /** The text of one payment's parts (empty when it has none), the services' codes turned into ids by {@code ids}. */
    public static String format(List<AccountMonth.Allocation> parts, Map<String, Long> ids) {
        StringBuilder text = new StringBuilder(parts.size() * 20);
        for (AccountMonth.Allocation part : parts) {
            Long service = ids.get(part.service());
            if (service == null) {
                throw new IllegalArgumentException("No service " + part.service());
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part.period()).append(':').append(service.longValue()).append(':').append(part.amount().toPlainString());
        }
        return text.toString();
    }

    public static List<Part> parse(String text) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf(' ', from);
            if (end < 0) {
                end = text.length();
            }
            int second = text.indexOf(':', from + 8);
            if (end - from < 11 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != ':' || second < 0 || second >= end) {
                throw new IllegalArgumentException("Not a payment's part: " + text.substring(from, end));
            }
            int year = Digits.read(text, from, 4);
            int month = Digits.read(text, from + 5, 2);
            if (year < 0 || month < 1 || month > 12) {
                throw new IllegalArgumentException("Not a payment's part: " + text.substring(from, end));
            }
            parts.add(new Part(YearMonth.of(year, month), Long.parseLong(text, from + 8, second, 10),
                    new BigDecimal(text.substring(second + 1, end))));
            from = end + 1;
        }
        return parts;
    }
}
