package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** How much of a metered service was consumed: by readings, by the average of past readings, or by the norm. */
public final class MeteredVolume {

    /** Rules 354 p.59: at least 3 months with a real reading among the last 6 give an average. */
    public static final int AVERAGE_MIN_PERIODS = 3;
    public static final int AVERAGE_WINDOW = 6;
    /** … for at most 3 consecutive periods without a reading, then the norm. */
    public static final int AVERAGE_MAX_PERIODS = 3;
    /** Formula 4 with the increasing factor, where a meter is possible but not installed. */
    public static final BigDecimal NO_METER_FACTOR = new BigDecimal("1.5");

    private MeteredVolume() {
    }

    /**
     * This reading minus the previous one (Rules 354, app. 2, formula 1); a lower value means the dial rolled over:
     * (10^digits − previous) + current.
     */
    public static BigDecimal betweenReadings(BigDecimal previous, BigDecimal current, int intDigits) {
        BigDecimal diff = current.subtract(previous);
        if (diff.signum() < 0) {
            diff = BigDecimal.TEN.pow(intDigits).subtract(previous).add(current);
        }
        return Rounding.volume(diff);
    }

    /**
     * The average monthly volume of the real readings among the 6 periods before this one, if there are at least 3;
     * {@code volumes} holds one entry per such period that has a real reading.
     */
    public static Optional<BigDecimal> average(List<BigDecimal> volumes) {
        if (volumes.size() < AVERAGE_MIN_PERIODS) {
            return Optional.empty();
        }
        BigDecimal sum = volumes.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(volumes.size()), Rounding.VOLUME, RoundingMode.HALF_UP));
    }

    /** Residents × norm, × 1.5 where a meter could be installed but is not. */
    public static BigDecimal byNorm(int residents, BigDecimal norm, boolean meterPossibleNotInstalled) {
        BigDecimal v = BigDecimal.valueOf(residents).multiply(norm);
        return Rounding.volume(meterPossibleNotInstalled ? v.multiply(NO_METER_FACTOR) : v);
    }
}
