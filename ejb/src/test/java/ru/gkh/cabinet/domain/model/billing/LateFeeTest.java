package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Пени with worked numbers: the example of domain.md, the regimes' edges, a rate change inside the span. */
class LateFeeTest {

    private static final KeyRates RATE_9_5 = new KeyRates(Map.of(LocalDate.of(2022, 2, 28), new BigDecimal("9.5")));

    @Test
    void theWorkedExampleOfTheDomainDocument() {
        // 10 000.00 unpaid, 120 days past due, 9.5 %: days 31–90 give 60 × 10 000 × 0.095 / 300 = 190.00,
        // days 91–120 give 30 × 10 000 × 0.095 / 130 = 219.23; total 409.23.
        LocalDate due = LocalDate.of(2026, 1, 15);
        BigDecimal fee = new LateFee().add(new BigDecimal("10000.00"), due, due.plusDays(1), due.plusDays(120), RATE_9_5).total();
        assertEquals(new BigDecimal("409.23"), fee);
    }

    @Test
    void theFirstThirtyDaysAreFree() {
        LocalDate due = LocalDate.of(2026, 1, 15);
        assertEquals(new BigDecimal("0.00"), new LateFee().add(new BigDecimal("10000"), due, due.plusDays(1), due.plusDays(30), RATE_9_5).total());
        // Day 31 alone: 10 000 × 9.5 / 100 / 300 = 3.1666… → 3.17
        assertEquals(new BigDecimal("3.17"), new LateFee().add(new BigDecimal("10000"), due, due.plusDays(31), due.plusDays(31), RATE_9_5).total());
        // Day 91 alone: 10 000 × 9.5 / 100 / 130 = 7.3076… → 7.31
        assertEquals(new BigDecimal("7.31"), new LateFee().add(new BigDecimal("10000"), due, due.plusDays(91), due.plusDays(91), RATE_9_5).total());
    }

    @Test
    void theRateInForceOnEachDayApplies() {
        KeyRates rates = new KeyRates(Map.of(LocalDate.of(2022, 2, 28), new BigDecimal("9.5"), LocalDate.of(2027, 1, 1), new BigDecimal("16")));
        LocalDate due = LocalDate.of(2026, 11, 15);
        // Days 47 (31.12.2026) and 48 (01.01.2027): 3000 × 9.5 / 30000 + 3000 × 16 / 30000 = 0.95 + 1.60 = 2.55
        BigDecimal fee = new LateFee().add(new BigDecimal("3000"), due, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), rates).total();
        assertEquals(new BigDecimal("2.55"), fee);
    }

    @Test
    void severalDebtsAreSummedExactlyAndRoundedOnce() {
        // Each alone is 0.3166… → 0.32; together 0.6333… → 0.63, not 0.64.
        LocalDate due = LocalDate.of(2026, 1, 15);
        LocalDate day = due.plusDays(40);
        BigDecimal fee = new LateFee().add(new BigDecimal("1000"), due, day, day, RATE_9_5)
                .add(new BigDecimal("1000"), due, day, day, RATE_9_5).total();
        assertEquals(new BigDecimal("0.63"), fee);
    }

    @Test
    void noFeeOnAnOverpayment() {
        LocalDate due = LocalDate.of(2026, 1, 15);
        assertEquals(new BigDecimal("0.00"), new LateFee().add(new BigDecimal("-500"), due, due.plusDays(100), due.plusDays(110), RATE_9_5).total());
    }

    @Test
    void aStretchOfDaysOwesWhatItsDaysOweOneByOne() {
        // The close charges the days between two payments at once; across the free days, both regimes and a rate
        // change the sum is the days' sum to the last digit (90 days × 1234.56 × 9.5 / 300 and so on, never rounded
        // before the total).
        KeyRates rates = new KeyRates(Map.of(LocalDate.of(2022, 2, 28), new BigDecimal("9.5"), LocalDate.of(2026, 4, 10), new BigDecimal("21")));
        LocalDate due = LocalDate.of(2026, 1, 15);
        LateFee byDays = new LateFee();
        for (LocalDate day = LocalDate.of(2026, 1, 20); !day.isAfter(LocalDate.of(2026, 6, 30)); day = day.plusDays(1)) {
            byDays.add(new BigDecimal("1234.56"), due, day, day, rates);
        }
        LateFee stretch = new LateFee().add(new BigDecimal("1234.56"), due, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 6, 30), rates);
        assertEquals(byDays.total(), stretch.total());
        // Days 31–84 at 9.5 (54 days), 85–90 at 21 (6), 91–166 at 21 (76): 1234.56 × (54 × 9.5 + 6 × 21) / 30000
        // + 1234.56 × 76 × 21 / 13000 = 788 883.84 / 30000 + 1 970 357.76 / 13000 = 26.2961… + 151.5660… = 177.86
        assertEquals(new BigDecimal("177.86"), stretch.total());
    }
}
