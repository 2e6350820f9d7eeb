package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A personal account as the month's billing sees it: the premises' area, the residents, whether a meter could be
 * installed but is not, when the account was open, and its individual meters.
 */
public record Premises(String account, BigDecimal area, int residents, boolean meterPossible, LocalDate openedOn,
                       LocalDate closedOn, List<Meter> meters) {

    public Premises {
        meters = List.copyOf(meters);
    }

    public List<Meter> metersOf(String service, BillingMonth month) {
        return meters.stream().filter(m -> m.service().equals(service) && m.existsIn(month)).toList();
    }

    public boolean openIn(BillingMonth month) {
        return month.daysOpen(openedOn, closedOn) > 0;
    }
}
