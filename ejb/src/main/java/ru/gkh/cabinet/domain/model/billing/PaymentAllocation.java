package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How a payment settles debts (domain.md): the oldest period with debt first; within a period, across its services
 * in proportion to what each still owes, rounded HALF_UP, the kopecks left by rounding to the service owing most
 * (ties: the first service code); what is left is an advance. Only positive debts take part: an overpayment of a
 * service settles only that service.
 */
public final class PaymentAllocation {

    /** One part of a payment: the period and service it settles, and how much. */
    public record Part(YearMonth period, String service, BigDecimal amount) {
    }

    /** The parts, oldest period first, and what was left over as an advance. */
    public record Result(List<Part> parts, BigDecimal advance) {
    }

    private PaymentAllocation() {
    }

    /**
     * @param amount what was paid
     * @param owed   per period (oldest first, the map sorted by period), per service code (sorted): what is still owed
     */
    public static Result allocate(BigDecimal amount, SortedMap<YearMonth, SortedMap<String, BigDecimal>> owed) {
        BigDecimal left = amount;
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<YearMonth, SortedMap<String, BigDecimal>> period : owed.entrySet()) {
            if (left.signum() <= 0) {
                break;
            }
            List<Map.Entry<String, BigDecimal>> debts = period.getValue().entrySet().stream().filter(e -> e.getValue().signum() > 0).toList();
            BigDecimal total = debts.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() <= 0) {
                continue;
            }
            if (left.compareTo(total) >= 0) {
                debts.forEach(d -> parts.add(new Part(period.getKey(), d.getKey(), d.getValue())));
                left = left.subtract(total);
                continue;
            }
            parts.addAll(proportional(period.getKey(), left, debts, total));
            left = BigDecimal.ZERO;
        }
        return new Result(parts, Rounding.money(left));
    }

    private static List<Part> proportional(YearMonth period, BigDecimal pay, List<Map.Entry<String, BigDecimal>> debts, BigDecimal total) {
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> d : debts) {
            BigDecimal share = pay.multiply(d.getValue()).divide(total, Rounding.MONEY, RoundingMode.HALF_UP);
            shares.add(share);
            sum = sum.add(share);
        }
        BigDecimal rest = pay.subtract(sum);
        if (rest.signum() != 0) {
            // The kopecks rounding left (or took too many) go to the service that owes most; ties: the first code.
            int largest = 0;
            for (int i = 1; i < debts.size(); i++) {
                if (debts.get(i).getValue().compareTo(debts.get(largest).getValue()) > 0) {
                    largest = i;
                }
            }
            shares.set(largest, shares.get(largest).add(rest));
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < debts.size(); i++) {
            parts.add(new Part(period, debts.get(i).getKey(), shares.get(i)));
        }
        parts.sort(Comparator.comparing(Part::service));
        return parts;
    }
}
