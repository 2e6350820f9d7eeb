package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A personal account as the month's billing sees it: the premises' area, the residents, whether a meter could be
 * installed but is not, when the account was open, and its individual meters.
 */
public record Premises(String account, BigDecimal area, int residents, boolean meterPossible, LocalDate openedOn,
                       LocalDate closedOn, List<Meter> meters, Map<String, Map<YearMonth, BigDecimal>> estimatedCharges) {

    /**
     * @param estimatedCharges by service and month, the amounts charged by average or norm in past months (those a
     *                         returning reading may reverse)
     */
    public Premises {
        meters = List.copyOf(meters);
        estimatedCharges = estimatedCharges == null ? Map.of() : Map.copyOf(estimatedCharges);
    }

    public Premises(String account, BigDecimal area, int residents, boolean meterPossible, LocalDate openedOn, LocalDate closedOn,
                    List<Meter> meters) {
        this(account, area, residents, meterPossible, openedOn, closedOn, meters, Map.of());
    }

    /** The amounts charged by estimate for the service in the given months, as a reversal (negative). */
    public BigDecimal reversalOf(String service, java.util.Collection<YearMonth> months) {
        Map<YearMonth, BigDecimal> charged = estimatedCharges.getOrDefault(service, Map.of());
        return months.stream().map(m -> charged.getOrDefault(m, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
    }

    public List<Meter> metersOf(String service, BillingMonth month) {
        return meters.stream().filter(m -> m.service().equals(service) && m.existsIn(month)).toList();
    }

    public boolean openIn(BillingMonth month) {
        return month.daysOpen(openedOn, closedOn) > 0;
    }
}
