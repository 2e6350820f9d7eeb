package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;

/**
 * The charge of one service to one account for a month, by the service's calculation method (domain.md,
 * "How a month is billed"). Each amount is rounded once, to kopecks; a part month is charged for its days.
 */
public final class ServiceCharge {

    private ServiceCharge() {
    }

    /** AREA: premises total area × rate (× days open ÷ days in month). */
    public static BigDecimal byArea(BigDecimal area, BigDecimal rate, BillingMonth.Fraction open) {
        return open.ofMoney(area.multiply(rate));
    }

    /** PER_RESIDENT: residents × rate (× days open ÷ days in month). */
    public static BigDecimal perResident(int residents, BigDecimal rate, BillingMonth.Fraction open) {
        return open.ofMoney(BigDecimal.valueOf(residents).multiply(rate));
    }

    /** FIXED: the rate itself (× days open ÷ days in month). */
    public static BigDecimal fixed(BigDecimal rate, BillingMonth.Fraction open) {
        return open.ofMoney(rate);
    }

    /**
     * METERED: a measured volume (a reading difference) is charged whole; an estimated one (average, norm) for
     * the days open. A line mixing both prorates only its estimated part.
     */
    public static BigDecimal metered(BigDecimal measured, BigDecimal estimated, BigDecimal rate, BillingMonth.Fraction open) {
        BigDecimal exact = measured.multiply(rate).multiply(open.denominator()).add(estimated.multiply(rate).multiply(open.numerator()));
        return exact.divide(open.denominator(), Rounding.MONEY, java.math.RoundingMode.HALF_UP);
    }
}
