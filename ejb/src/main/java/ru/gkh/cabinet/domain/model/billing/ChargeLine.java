package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One service's charge to one account for a month, with how it was reached, so residents can be shown it.
 *
 * @param measured      volume from readings (not prorated)
 * @param estimated     volume by average or norm, before the 1.5 factor (prorated in the amount)
 * @param factor        1.5 where a meter is possible but not installed, else 1
 * @param basis         READING, AVERAGE, NORM, MIXED, or null for services without a volume
 * @param commonVolume  the common-property (ОДН) share, or null
 * @param commonAmount  its amount, or null
 * @param reversal      the amounts of substituted months reversed now that a reading measures their span (≤ 0)
 * @param estimates     the part of each individual meter without a reading this month, to give back when it returns
 */
public record ChargeLine(String account, String service, BigDecimal volume, BigDecimal measured, BigDecimal estimated,
                         BigDecimal factor, BigDecimal rate, BigDecimal amount, String basis, BigDecimal commonVolume,
                         BigDecimal commonAmount, BigDecimal reversal, List<MeterEstimate> estimates) {

    public ChargeLine {
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
    }

    /** A meter's estimated volume this month and what it was charged for this line's service (the month's rate, prorated). */
    public record MeterEstimate(String serial, BigDecimal volume, BigDecimal amount) {
    }

    /** The volume the building's common-property balance counts: full, unprorated, before the 1.5 factor. */
    public BigDecimal consumption() {
        return measured.add(estimated);
    }

    public ChargeLine withCommon(BigDecimal share, BigDecimal shareAmount) {
        return new ChargeLine(account, service, volume, measured, estimated, factor, rate, amount, basis, share, shareAmount, reversal,
                estimates);
    }

    /** What the turnover's {@code charged} shows: the amount with the common-property part. */
    public BigDecimal charged() {
        return commonAmount == null ? amount : amount.add(commonAmount);
    }
}
