package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A service as billed in a month: its calculation method and the tariff in force on the month's first day (the
 * building's own, else the all-buildings one).
 *
 * @param volumeFrom the services whose volumes this one sums (sewerage: HVS, GVS), or empty
 */
public record Tariff(String service, Method method, BigDecimal rate, BigDecimal norm, BigDecimal commonNorm, List<String> volumeFrom) {

    /** How a service's amount is computed (formats.md, tariffs.csv). */
    public enum Method { AREA, METERED, PER_RESIDENT, FIXED }

    public Tariff {
        volumeFrom = volumeFrom == null ? List.of() : List.copyOf(volumeFrom);
    }

    public boolean sumsOtherServices() {
        return !volumeFrom.isEmpty();
    }
}
