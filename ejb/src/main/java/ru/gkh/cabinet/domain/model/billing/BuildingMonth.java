package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The month's charges of one building's accounts (domain.md, "How a month is billed" and its conventions): every
 * service with a tariff to every account open on any day of the month, by its method; then each metered service's
 * common-property share from the house meters.
 */
public final class BuildingMonth {

    private final BillingMonth month;
    private final BigDecimal totalArea;
    private final BigDecimal commonArea;
    private final List<Tariff> tariffs;
    private final Map<String, List<Meter>> houseMeters;

    /**
     * @param tariffs     the services billed this month, in service-code order
     * @param houseMeters the building's common meters by service
     */
    public BuildingMonth(BillingMonth month, BigDecimal totalArea, BigDecimal commonArea, List<Tariff> tariffs,
                         Map<String, List<Meter>> houseMeters) {
        this.month = month;
        this.totalArea = totalArea;
        this.commonArea = commonArea;
        this.tariffs = List.copyOf(tariffs);
        this.houseMeters = Map.copyOf(houseMeters);
    }

    /** The charge lines of every account open in the month, by account in the given order, then service code. */
    public List<ChargeLine> charge(List<Premises> accounts) {
        List<ChargeLine> lines = new ArrayList<>();
        Map<String, List<Integer>> byService = new HashMap<>();
        for (Premises p : accounts) {
            if (!p.openIn(month)) {
                continue;
            }
            Map<String, ChargeLine> own = new LinkedHashMap<>();
            // Services that sum others' volumes come after their sources.
            for (Tariff t : tariffs) {
                if (!t.sumsOtherServices()) {
                    own.put(t.service(), line(p, t, own));
                }
            }
            for (Tariff t : tariffs) {
                if (t.sumsOtherServices()) {
                    own.put(t.service(), line(p, t, own));
                }
            }
            for (Tariff t : tariffs) {
                byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(lines.size());
                lines.add(own.get(t.service()));
            }
        }
        for (Tariff t : tariffs) {
            if (t.method() == Tariff.Method.METERED && !t.sumsOtherServices()) {
                shareCommonVolume(t, accounts, lines, byService.getOrDefault(t.service(), List.of()));
            }
        }
        return lines;
    }

    private ChargeLine line(Premises p, Tariff t, Map<String, ChargeLine> own) {
        BillingMonth.Fraction open = month.openShare(p.openedOn(), p.closedOn());
        return switch (t.method()) {
            case AREA -> simple(p, t, null, ServiceCharge.byArea(p.area(), t.rate(), open));
            case PER_RESIDENT -> simple(p, t, BigDecimal.valueOf(p.residents()), ServiceCharge.perResident(p.residents(), t.rate(), open));
            case FIXED -> simple(p, t, null, ServiceCharge.fixed(t.rate(), open));
            case METERED -> metered(p, t, own, open);
        };
    }

    private ChargeLine simple(Premises p, Tariff t, BigDecimal volume, BigDecimal amount) {
        return new ChargeLine(p.account(), t.service(), volume, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, t.rate(), amount,
                null, null, null, BigDecimal.ZERO, List.of());
    }

    private ChargeLine metered(Premises p, Tariff t, Map<String, ChargeLine> own, BillingMonth.Fraction open) {
        BigDecimal measured = BigDecimal.ZERO;
        BigDecimal estimated = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE;
        String basis;
        // By meter: the months its returning reading now measures, whose estimates are given back.
        Map<String, List<java.time.YearMonth>> measuredSpans = new java.util.TreeMap<>();
        // By meter without a reading: what it is charged by estimate this month, to give back when it returns.
        List<ChargeLine.MeterEstimate> estimates = new ArrayList<>();
        if (t.sumsOtherServices()) {
            // volume_from wins over an own meter; the sources' volumes are taken before their 1.5 factor.
            for (String source : t.volumeFrom()) {
                ChargeLine s = own.get(source);
                if (s != null) {
                    measured = measured.add(s.measured());
                    estimated = estimated.add(s.estimated());
                    s.estimates().forEach(e -> estimates.add(estimate(e.serial(), e.volume(), t, open)));
                }
                p.metersOf(source, month).forEach(m -> measuredSpans.put(m.serial(), m.substitutedBefore(month)));
            }
            basis = basis(measured, estimated, "NORM");
        } else {
            List<Meter> meters = p.metersOf(t.service(), month);
            if (meters.isEmpty()) {
                estimated = MeteredVolume.byNorm(p.residents(), norm(t), false);
                factor = p.meterPossible() ? MeteredVolume.NO_METER_FACTOR : BigDecimal.ONE;
                basis = "NORM";
            } else {
                String estimate = null;
                for (Meter m : meters) {
                    if (m.hasReadingIn(month)) {
                        measured = measured.add(m.measuredIn(month));
                        measuredSpans.put(m.serial(), m.substitutedBefore(month));
                        continue;
                    }
                    Optional<BigDecimal> average = m.monthsWithoutReading(month) <= MeteredVolume.AVERAGE_MAX_PERIODS
                            ? MeteredVolume.average(m.recentVolumes(month)) : Optional.empty();
                    BigDecimal volume = average.orElseGet(() -> MeteredVolume.byNorm(p.residents(), norm(t), false));
                    estimated = estimated.add(volume);
                    estimates.add(estimate(m.serial(), volume, t, open));
                    estimate = average.isPresent() && (estimate == null || estimate.equals("AVERAGE")) ? "AVERAGE" : "NORM";
                }
                basis = basis(measured, estimated, estimate == null ? "NORM" : estimate);
            }
        }
        BigDecimal charged = Rounding.volume(estimated.multiply(factor));
        BigDecimal amount = ServiceCharge.metered(measured, charged, t.rate(), open);
        return new ChargeLine(p.account(), t.service(), Rounding.volume(measured.add(charged)), measured, estimated, factor, t.rate(),
                amount, basis, null, null, p.reversalOf(t.service(), measuredSpans), estimates);
    }

    /** A meter's estimated volume charged at the service's rate for the days the account was open. */
    private static ChargeLine.MeterEstimate estimate(String serial, BigDecimal volume, Tariff t, BillingMonth.Fraction open) {
        BigDecimal v = Rounding.volume(volume);
        return new ChargeLine.MeterEstimate(serial, v, ServiceCharge.metered(BigDecimal.ZERO, v, t.rate(), open));
    }

    private void shareCommonVolume(Tariff t, List<Premises> accounts, List<ChargeLine> lines, List<Integer> indexes) {
        List<Meter> meters = houseMeters.getOrDefault(t.service(), List.of()).stream().filter(m -> m.existsIn(month)).toList();
        // No house meter, or one without a reading this month: no common charge this month.
        if (meters.isEmpty() || meters.stream().anyMatch(m -> !m.hasReadingIn(month))) {
            return;
        }
        BigDecimal house = meters.stream().map(m -> m.measuredIn(month)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal individual = indexes.stream().map(i -> lines.get(i).consumption()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<BigDecimal> common = CommonPropertyShare.commonVolume(house, individual);
        if (common.isEmpty()) {
            return;
        }
        Map<String, Premises> byAccount = new HashMap<>();
        accounts.forEach(p -> byAccount.put(p.account(), p));
        for (int i : indexes) {
            ChargeLine line = lines.get(i);
            Premises p = byAccount.get(line.account());
            BigDecimal share = CommonPropertyShare.share(common.get(), p.area(), totalArea, t.commonNorm(), commonArea);
            BigDecimal amount = month.openShare(p.openedOn(), p.closedOn()).ofMoney(share.multiply(t.rate()));
            lines.set(i, line.withCommon(share, amount));
        }
    }

    private static BigDecimal norm(Tariff t) {
        return t.norm() == null ? BigDecimal.ZERO : t.norm();
    }

    private static String basis(BigDecimal measured, BigDecimal estimated, String estimate) {
        if (estimated.signum() == 0) {
            return "READING";
        }
        return measured.signum() == 0 ? estimate : "MIXED";
    }
}
