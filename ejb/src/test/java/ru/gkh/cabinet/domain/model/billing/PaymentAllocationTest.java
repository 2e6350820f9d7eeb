package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Payments settle the oldest debt first, then across services in proportion; the rest is an advance. */
class PaymentAllocationTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    private static SortedMap<String, BigDecimal> services(String... codeAmount) {
        SortedMap<String, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < codeAmount.length; i += 2) {
            m.put(codeAmount[i], new BigDecimal(codeAmount[i + 1]));
        }
        return m;
    }

    @Test
    void theOldestPeriodIsPaidFirstThenTheNextInProportion() {
        SortedMap<YearMonth, SortedMap<String, BigDecimal>> owed = new TreeMap<>();
        owed.put(OCT, services("HEAT", "300.00", "MAINT", "100.00"));
        owed.put(SEP, services("MAINT", "200.00"));
        PaymentAllocation.Result r = PaymentAllocation.allocate(new BigDecimal("300.00"), owed);
        // September's 200.00 whole; the remaining 100.00 across October 300 : 100 → 75.00 and 25.00.
        assertEquals(List.of(new PaymentAllocation.Part(SEP, "MAINT", new BigDecimal("200.00")),
                new PaymentAllocation.Part(OCT, "HEAT", new BigDecimal("75.00")),
                new PaymentAllocation.Part(OCT, "MAINT", new BigDecimal("25.00"))), r.parts());
        assertEquals(new BigDecimal("0.00"), r.advance());
    }

    @Test
    void theKopeckLeftByRoundingGoesToTheServiceOwingMost() {
        SortedMap<YearMonth, SortedMap<String, BigDecimal>> owed = new TreeMap<>();
        owed.put(OCT, services("CAPREP", "100.00", "HEAT", "100.00", "MAINT", "100.01"));
        // 100.00 × 100/300.01 = 33.332… → 33.33 (twice), × 100.01/300.01 = 33.336… → 33.34: sum 100.00, nothing left.
        // 10.00: 3.333… → 3.33, 3.33, 3.334… → 3.33: 9.99, the kopeck to MAINT (owes most).
        PaymentAllocation.Result r = PaymentAllocation.allocate(new BigDecimal("10.00"), owed);
        assertEquals(List.of(new PaymentAllocation.Part(OCT, "CAPREP", new BigDecimal("3.33")),
                new PaymentAllocation.Part(OCT, "HEAT", new BigDecimal("3.33")),
                new PaymentAllocation.Part(OCT, "MAINT", new BigDecimal("3.34"))), r.parts());
    }

    @Test
    void tiesGoToTheFirstServiceCode() {
        SortedMap<YearMonth, SortedMap<String, BigDecimal>> owed = new TreeMap<>();
        owed.put(OCT, services("HEAT", "100.00", "MAINT", "100.00", "TKO", "100.00"));
        PaymentAllocation.Result r = PaymentAllocation.allocate(new BigDecimal("10.00"), owed);
        assertEquals(new BigDecimal("3.34"), r.parts().get(0).amount());
        assertEquals("HEAT", r.parts().get(0).service());
    }

    @Test
    void whatIsLeftAfterEveryDebtIsAnAdvanceAndOverpaymentsDoNotTakePart() {
        SortedMap<YearMonth, SortedMap<String, BigDecimal>> owed = new TreeMap<>();
        owed.put(OCT, services("HEAT", "-50.00", "MAINT", "120.00"));
        PaymentAllocation.Result r = PaymentAllocation.allocate(new BigDecimal("500.00"), owed);
        assertEquals(List.of(new PaymentAllocation.Part(OCT, "MAINT", new BigDecimal("120.00"))), r.parts());
        assertEquals(new BigDecimal("380.00"), r.advance());
    }
}
