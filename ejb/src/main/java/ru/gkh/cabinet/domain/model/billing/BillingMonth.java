package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A billing period: a calendar month, with its due date and the part of it an account is open. */
public record BillingMonth(YearMonth month) {

    public static BillingMonth of(int year, int month) {
        return new BillingMonth(YearMonth.of(year, month));
    }

    public LocalDate first() {
        return month.atDay(1);
    }

    public LocalDate last() {
        return month.atEndOfMonth();
    }

    public int days() {
        return month.lengthOfMonth();
    }

    /** A month's bill is due by the 15th of the next month (Housing Code art. 155 p.1, from 01.03.2026). */
    public LocalDate dueDate() {
        return month.plusMonths(1).atDay(15);
    }

    /**
     * Days of this month the account is open, both the opening and the closing day counting; 0 if it is not open
     * on any day of it.
     */
    public int daysOpen(LocalDate openedOn, LocalDate closedOn) {
        LocalDate from = openedOn == null || openedOn.isBefore(first()) ? first() : openedOn;
        LocalDate to = closedOn == null || closedOn.isAfter(last()) ? last() : closedOn;
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The share of the month an account is open, as a fraction to multiply by: 1 for a whole month. */
    public Fraction openShare(LocalDate openedOn, LocalDate closedOn) {
        return new Fraction(BigDecimal.valueOf(daysOpen(openedOn, closedOn)), BigDecimal.valueOf(days()));
    }

    public BillingMonth next() {
        return new BillingMonth(month.plusMonths(1));
    }

    @Override
    public String toString() {
        return month.toString();
    }

    /** days open ÷ days in month, kept exact until the one rounding of the amount. */
    public record Fraction(BigDecimal numerator, BigDecimal denominator) {

        public boolean whole() {
            return numerator.compareTo(denominator) == 0;
        }

        /** round(value × numerator ÷ denominator) to kopecks: the multiplication first, one division, one rounding. */
        public BigDecimal ofMoney(BigDecimal value) {
            return value.multiply(numerator).divide(denominator, Rounding.MONEY, java.math.RoundingMode.HALF_UP);
        }
    }
}
