package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which readings a month's billing needs, and which readings count. */
class MeterTest {

    private static final BillingMonth DECEMBER = new BillingMonth(YearMonth.of(2026, 12));
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static Meter.Reading read(String value, LocalDate taken) {
        return new Meter.Reading(new BigDecimal(value), taken);
    }

    @Test
    void aMeterReadThisMonthAndLastNeedsNothingOlder() {
        Map<YearMonth, Meter.Reading> both = Map.of(NOV, read("100", LocalDate.of(2026, 11, 20)), DEC, read("112", null));
        assertFalse(Meter.needsOlderReadings(DECEMBER, both, null));
        // Its volume is then their difference, whatever came before.
        Meter meter = new Meter("HV-1", "HVS", 5, LocalDate.of(2020, 1, 1), null, BigDecimal.ZERO, both);
        assertEquals(new BigDecimal("12.000000"), meter.measuredIn(DECEMBER));
        assertTrue(meter.substitutedBefore(DECEMBER).isEmpty());
    }

    @Test
    void aMissingOrUncountedReadingOfEitherMonthNeedsTheOlderOnes() {
        assertTrue(Meter.needsOlderReadings(DECEMBER, Map.of(DEC, read("112", null)), null));
        assertTrue(Meter.needsOlderReadings(DECEMBER, Map.of(NOV, read("100", null)), null));
        // December's reading, dated the month's last day (none given), is past a verification that ran out on 20.12.2026.
        Map<YearMonth, Meter.Reading> both = Map.of(NOV, read("100", LocalDate.of(2026, 11, 20)), DEC, read("112", null));
        assertTrue(Meter.needsOlderReadings(DECEMBER, both, LocalDate.of(2026, 12, 20)));
        assertFalse(Meter.needsOlderReadings(DECEMBER, both, LocalDate.of(2026, 12, 31)));
    }
}
