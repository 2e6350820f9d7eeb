package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charge rules of domain.md with worked numbers (the services and tariffs of shared/samples). */
class BillingRulesTest {

    private static final BillingMonth OCTOBER = BillingMonth.of(2026, 10);
    private static final BillingMonth.Fraction WHOLE = OCTOBER.openShare(null, null);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void areaServiceIsAreaTimesRate() {
        // MAINT 31.47 ₽/m² on 54.30 m²: 1708.821 → 1708.82
        assertEquals(d("1708.82"), ServiceCharge.byArea(d("54.30"), d("31.47"), WHOLE));
    }

    @Test
    void perResidentAndFixed() {
        // TKO 148.27 ₽ × 3 residents = 444.81
        assertEquals(d("444.81"), ServiceCharge.perResident(3, d("148.27"), WHOLE));
        assertEquals(d("250.00"), ServiceCharge.fixed(d("250"), WHOLE));
    }

    @Test
    void aPartMonthIsChargedForItsDaysBothEndsIncluded() {
        // Opened on 20.10.2026: days 20..31 = 12 of 31. 54.30 × 31.47 × 12 / 31 = 661.4790… → 661.48
        BillingMonth.Fraction part = OCTOBER.openShare(LocalDate.of(2026, 10, 20), null);
        assertEquals(12, OCTOBER.daysOpen(LocalDate.of(2026, 10, 20), null));
        assertEquals(d("661.48"), ServiceCharge.byArea(d("54.30"), d("31.47"), part));
        // Closed on 10.10.2026: days 1..10.
        assertEquals(10, OCTOBER.daysOpen(null, LocalDate.of(2026, 10, 10)));
        assertEquals(0, OCTOBER.daysOpen(LocalDate.of(2026, 11, 1), null));
        assertEquals(1, OCTOBER.daysOpen(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void meteredVolumeIsTheReadingDifferenceAndItIsNotProrated() {
        // HV-0001: 305.210 → 312.456 = 7.246 m³ × 33.73 = 244.40758 → 244.41
        BigDecimal v = MeteredVolume.betweenReadings(d("305.210"), d("312.456"), 5);
        assertEquals(d("7.246000"), v);
        BillingMonth.Fraction part = OCTOBER.openShare(LocalDate.of(2026, 10, 20), null);
        assertEquals(d("244.41"), ServiceCharge.metered(v, BigDecimal.ZERO, d("33.73"), part));
    }

    @Test
    void aLowerReadingIsADialRollOver() {
        // HV-9999, 5 digits: 99997.500 → 3.000 = (100000 − 99997.5) + 3 = 5.5 m³
        assertEquals(d("5.500000"), MeteredVolume.betweenReadings(d("99997.500"), d("3.000"), 5));
    }

    @Test
    void averageNeedsThreeRealReadingsAmongTheLastSix() {
        assertTrue(MeteredVolume.average(List.of(d("5.1"), d("6.2"))).isEmpty());
        // (5.1 + 6.2 + 4.0) / 3 = 5.1
        assertEquals(d("5.100000"), MeteredVolume.average(List.of(d("5.1"), d("6.2"), d("4.0"))).orElseThrow());
        // (1 + 1 + 2) / 3 = 1.333333…
        assertEquals(d("1.333333"), MeteredVolume.average(List.of(d("1"), d("1"), d("2"))).orElseThrow());
    }

    @Test
    void normVolumeIsResidentsTimesNormAndOneAndAHalfWhereAMeterIsPossible() {
        // HVS norm 4.745 × 3 residents = 14.235; × 1.5 = 21.3525
        assertEquals(d("14.235000"), MeteredVolume.byNorm(3, d("4.745"), false));
        assertEquals(d("21.352500"), MeteredVolume.byNorm(3, d("4.745"), true));
        // 14.235 × 33.73 = 480.14655 → 480.15
        assertEquals(d("480.15"), ServiceCharge.metered(BigDecimal.ZERO, d("14.235"), d("33.73"), WHOLE));
    }

    @Test
    void aLineMixingMeasuredAndEstimatedVolumeProratesOnlyTheEstimate() {
        // Sewerage in a 12-of-31-day month: cold water read 7.246, hot water by norm 3.5: 7.246 × 25.48 + 3.5 × 25.48 × 12/31
        // = 184.62808 + 34.52129… = 219.149… → 219.15
        BillingMonth.Fraction part = OCTOBER.openShare(LocalDate.of(2026, 10, 20), null);
        assertEquals(d("219.15"), ServiceCharge.metered(d("7.246"), d("3.5"), d("25.48"), part));
    }

    @Test
    void commonPropertyShareIsSplitByAreaAndCappedByTheNorm() {
        // House meter 131420.00 → 131520.40 = 100.4 m³; individual volumes 80.2: common 20.2 m³.
        BigDecimal common = CommonPropertyShare.commonVolume(d("100.40"), d("80.2")).orElseThrow();
        assertEquals(d("20.20"), common);
        // Premises 54.30 of 2450.50 m²: 20.2 × 54.3 / 2450.5 = 0.447607…; cap 0.027 × 610 × 54.3 / 2450.5 = 0.364954…
        assertEquals(d("0.364954"), CommonPropertyShare.share(common, d("54.30"), d("2450.50"), d("0.027"), d("610.00")));
        // Without a norm: no cap.
        assertEquals(d("0.447607"), CommonPropertyShare.share(common, d("54.30"), d("2450.50"), null, d("610.00")));
        // A negative common volume is not charged.
        assertTrue(CommonPropertyShare.commonVolume(d("70"), d("80.2")).isEmpty());
    }

    @Test
    void dueDateIsTheFifteenthOfTheNextMonth() {
        assertEquals(LocalDate.of(2026, 11, 15), OCTOBER.dueDate());
        assertEquals(LocalDate.of(2027, 1, 15), BillingMonth.of(2026, 12).dueDate());
    }

    @Test
    void statementClosingIsDerived() {
        AccountStatementLine line = new AccountStatementLine(d("1000.00"), d("2500.50"), d("-150.00"), d("3000.00"));
        assertEquals(d("350.50"), line.closing());
        assertTrue(line.isDebt());
    }

    static KeyRates nineAndAHalf() {
        return new KeyRates(Map.of(LocalDate.of(2022, 2, 28), d("9.5")));
    }
}
