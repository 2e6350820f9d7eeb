package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A meter with its readings, and what it says about a month: the measured volume when the month has a real reading,
 * else whether an average may stand in for it (Rules 354 p.59–60, and the conventions of domain.md).
 */
public final class Meter {

    private final String serial;
    private final String service;
    private final int intDigits;
    private final LocalDate installedOn;
    private final LocalDate verifiedUntil;
    private final BigDecimal initialReading;
    private final NavigableMap<YearMonth, BigDecimal> realReadings = new TreeMap<>();

    /**
     * @param readings value by period, with the date each was taken (null if unknown); readings dated past the
     *                 verification date do not count
     */
    public Meter(String serial, String service, int intDigits, LocalDate installedOn, LocalDate verifiedUntil,
                 BigDecimal initialReading, Map<YearMonth, Reading> readings) {
        this.serial = serial;
        this.service = service;
        this.intDigits = intDigits;
        this.installedOn = installedOn;
        this.verifiedUntil = verifiedUntil;
        this.initialReading = initialReading;
        readings.forEach((period, r) -> {
            if (r.countsFor(period, verifiedUntil)) {
                realReadings.put(period, r.value());
            }
        });
    }

    /**
     * The first month whose reading a month's billing needs: the average looks at the 6 months before it, and the
     * first of those is measured against the month before it. When that month has a reading, nothing older counts;
     * when it has none, what counts of the older ones is the last real reading (where the span began).
     */
    public static YearMonth firstReadingNeeded(BillingMonth month) {
        return month.month().minusMonths(MeteredVolume.AVERAGE_WINDOW + 1L);
    }

    /**
     * Whether the month's billing needs readings older than the month before's. Not when both that month and this one
     * have a real reading: the volume is their difference, and no month between them was estimated.
     */
    public static boolean needsOlderReadings(BillingMonth month, Map<YearMonth, Reading> readings, LocalDate verifiedUntil) {
        for (YearMonth period : List.of(month.month(), month.month().minusMonths(1))) {
            Reading r = readings.get(period);
            if (r == null || !r.countsFor(period, verifiedUntil)) {
                return true;
            }
        }
        return false;
    }

    /** A reading as recorded: the dial's value and the day it was taken. */
    public record Reading(BigDecimal value, LocalDate takenOn) {

        /** Whether it counts: taken (the period's last day when unknown) no later than the meter's verification date. */
        boolean countsFor(YearMonth period, LocalDate verifiedUntil) {
            LocalDate taken = takenOn == null ? period.atEndOfMonth() : takenOn;
            return verifiedUntil == null || !taken.isAfter(verifiedUntil);
        }
    }

    public String serial() {
        return serial;
    }

    public String service() {
        return service;
    }

    /** A meter installed after the month does not exist for it; one installed during it counts for all of it. */
    public boolean existsIn(BillingMonth month) {
        return !installedOn.isAfter(month.last());
    }

    public boolean hasReadingIn(BillingMonth month) {
        return realReadings.containsKey(month.month());
    }

    /**
     * The volume of the month's real reading: the whole span since the last real reading before it (or since
     * installation), dial roll-over included.
     */
    public BigDecimal measuredIn(BillingMonth month) {
        BigDecimal current = realReadings.get(month.month());
        if (current == null) {
            throw new IllegalStateException(serial + " has no reading in " + month);
        }
        var previous = realReadings.lowerEntry(month.month());
        return MeteredVolume.betweenReadings(previous == null ? initialReading : previous.getValue(), current, intDigits);
    }

    /**
     * When this month has a real reading: the months since the previous real reading (exclusive of both) that had none
     * and were charged by average or norm instead; their amounts are reversed now that the span is measured.
     */
    public List<YearMonth> substitutedBefore(BillingMonth month) {
        List<YearMonth> months = new ArrayList<>();
        var previous = realReadings.lowerEntry(month.month());
        if (!hasReadingIn(month) || previous == null) {
            return months;
        }
        for (YearMonth m = previous.getKey().plusMonths(1); m.isBefore(month.month()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Months without a real reading, this one included, back to the last real reading (or installation). */
    public int monthsWithoutReading(BillingMonth month) {
        var previous = realReadings.lowerEntry(month.month());
        YearMonth from = previous == null ? YearMonth.from(installedOn) : previous.getKey();
        return (int) from.until(month.month(), java.time.temporal.ChronoUnit.MONTHS);
    }

    /** The volumes of the real readings among the 6 periods before the month (each against its own previous reading). */
    public List<BigDecimal> recentVolumes(BillingMonth month) {
        List<BigDecimal> volumes = new ArrayList<>();
        for (var e : realReadings.subMap(month.month().minusMonths(MeteredVolume.AVERAGE_WINDOW), true, month.month(), false).entrySet()) {
            var before = realReadings.lowerEntry(e.getKey());
            volumes.add(MeteredVolume.betweenReadings(before == null ? initialReading : before.getValue(), e.getValue(), intDigits));
        }
        return volumes;
    }
}
