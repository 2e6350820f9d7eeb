package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A personal account as the month's billing sees it: the premises' area, the residents, whether a meter could be
 * installed but is not, when the account was open, and its individual meters.
 *
 * @param estimatedCharges by service and month, the whole amounts charged by average or norm in past months closed
 *                         before estimates were kept per meter (a returning reading gives such a month back whole)
 * @param meterEstimates   by meter serial, service and month, what each meter without a reading was charged by
 *                         estimate (a returning reading gives back its own meter's part, and only that)
 */
public record Premises(String account, BigDecimal area, int residents, boolean meterPossible, LocalDate openedOn,
                       LocalDate closedOn, List<Meter> meters, Map<String, Map<YearMonth, BigDecimal>> estimatedCharges,
                       Map<String, Map<String, Map<YearMonth, BigDecimal>>> meterEstimates) {

    public Premises {
        meters = List.copyOf(meters);
        estimatedCharges = estimatedCharges == null ? Map.of() : Map.copyOf(estimatedCharges);
        meterEstimates = meterEstimates == null ? Map.of() : Map.copyOf(meterEstimates);
    }

    public Premises(String account, BigDecimal area, int residents, boolean meterPossible, LocalDate openedOn, LocalDate closedOn,
                    List<Meter> meters) {
        this(account, area, residents, meterPossible, openedOn, closedOn, meters, Map.of(), Map.of());
    }

    /**
     * What the readings of this month give back for the service, as a reversal (≤ 0): for each meter read now, its
     * estimates in the months its reading measures. A month with no estimate kept per meter for the service (closed
     * before they were kept) gives back its whole estimated charge, once however many meters measure it.
     *
     * @param measuredSpans by meter serial, the months its reading of this month measures that had no reading
     */
    public BigDecimal reversalOf(String service, Map<String, List<YearMonth>> measuredSpans) {
        BigDecimal back = BigDecimal.ZERO;
        java.util.Set<YearMonth> wholeMonths = new TreeSet<>();
        for (var span : measuredSpans.entrySet()) {
            Map<YearMonth, BigDecimal> own = meterEstimates.getOrDefault(span.getKey(), Map.of()).getOrDefault(service, Map.of());
            for (YearMonth m : span.getValue()) {
                if (own.containsKey(m)) {
                    back = back.add(own.get(m));
                } else if (!keptPerMeter(service, m)) {
                    wholeMonths.add(m);
                }
            }
        }
        Map<YearMonth, BigDecimal> charged = estimatedCharges.getOrDefault(service, Map.of());
        for (YearMonth m : wholeMonths) {
            back = back.add(charged.getOrDefault(m, BigDecimal.ZERO));
        }
        return back.negate();
    }

    /** Whether the month's estimates of the service were kept per meter (then a meter without one had none). */
    private boolean keptPerMeter(String service, YearMonth month) {
        return meterEstimates.values().stream().anyMatch(byService -> byService.getOrDefault(service, Map.of()).containsKey(month));
    }

    public List<Meter> metersOf(String service, BillingMonth month) {
        return meters.stream().filter(m -> m.service().equals(service) && m.existsIn(month)).toList();
    }

    public boolean openIn(BillingMonth month) {
        return month.daysOpen(openedOn, closedOn) > 0;
    }
}
