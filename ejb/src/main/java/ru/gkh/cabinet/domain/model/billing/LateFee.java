package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Пени, Housing Code art. 155 p.14: for each day of delay of a debt, nothing for days 1–30, debt × rate ÷ 100 × 1/300
 * for days 31–90, × 1/130 from day 91 on. Day n is the date minus the due date (due the 15th, the 16th is day 1),
 * the rate is the one in force that day. Sums are kept exact per regime and divided and rounded once.
 */
public final class LateFee {

    static final int FREE_DAYS = 30;
    static final int FIRST_REGIME_LAST_DAY = 90;
    private static final BigDecimal FIRST_REGIME = BigDecimal.valueOf(300 * 100);
    private static final BigDecimal SECOND_REGIME = BigDecimal.valueOf(130 * 100);

    private BigDecimal first = BigDecimal.ZERO;
    private BigDecimal second = BigDecimal.ZERO;

    /**
     * Adds the fee of {@code debt}, due on {@code dueDate}, for each day from {@code from} to {@code to} (both
     * included) on which the debt stays unpaid.
     */
    public LateFee add(BigDecimal debt, LocalDate dueDate, LocalDate from, LocalDate to, KeyRates rates) {
        if (debt.signum() <= 0) {
            return this;
        }
        // The free days are passed over, not counted through; the debt multiplies each regime's sum of the days' rates
        // (exact, so the same as the sum of the days' fees).
        LocalDate firstCharged = dueDate.plusDays(FREE_DAYS + 1);
        BigDecimal firstRates = BigDecimal.ZERO;
        BigDecimal secondRates = BigDecimal.ZERO;
        for (LocalDate day = from.isBefore(firstCharged) ? firstCharged : from; !day.isAfter(to); day = day.plusDays(1)) {
            long n = ChronoUnit.DAYS.between(dueDate, day);
            if (n <= FIRST_REGIME_LAST_DAY) {
                firstRates = firstRates.add(rates.on(day));
            } else {
                secondRates = secondRates.add(rates.on(day));
            }
        }
        first = first.add(debt.multiply(firstRates));
        second = second.add(debt.multiply(secondRates));
        return this;
    }

    /** The total, rounded once to kopecks. */
    public BigDecimal total() {
        BigDecimal exact = first.divide(FIRST_REGIME, 12, RoundingMode.HALF_UP).add(second.divide(SECOND_REGIME, 12, RoundingMode.HALF_UP));
        return Rounding.money(exact);
    }
}
