package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An account's month after its charges: payments as of their dates, the day-by-day late fee, the statement. */
class AccountMonthTest {

    private static final BillingMonth DECEMBER = BillingMonth.of(2026, 12);
    private static final KeyRates RATE_9_5 = new KeyRates(Map.of(LocalDate.of(2022, 2, 28), new BigDecimal("9.5")));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aPaymentLowersTheFeeBaseFromTheNextDayOn() {
        // September's 10 000.00 was due on 15.10.2026: December's days are days 47–77 of delay, all at 1/300.
        // 1–10 December on 10 000 (the payment's day still counts): 10 × 10 000 × 9.5 / 30 000 = 31.6667;
        // 11–31 December on 6 000: 21 × 6 000 × 9.5 / 30 000 = 39.90; total 71.5667 → 71.57.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("MAINT", d("10000.00"))),
                Map.of("MAINT", d("1708.82")), Map.of());
        BigDecimal fee = month.settle(List.of(new AccountMonth.Payment(7, LocalDate.of(2026, 12, 10), d("4000.00"))), RATE_9_5);
        assertEquals(d("71.57"), fee);
        assertEquals(List.of(new AccountMonth.Allocation(7, YearMonth.of(2026, 9), "MAINT", d("4000.00"))), month.allocations());
        assertEquals(new AccountStatementLine(d("10000.00"), d("1708.82"), d("0.00"), d("4000.00")), month.statement("MAINT"));
        assertEquals(d("7708.82"), month.statement("MAINT").closing());
        assertEquals(new AccountStatementLine(d("0.00"), d("71.57"), d("0.00"), d("0.00")), month.statement(AccountMonth.PENI));
        assertEquals(List.of("MAINT", "PENI"), month.services());
    }

    @Test
    void whatIsLeftAfterTheMonthsLinesIsAnAdvanceSpreadOverThem() {
        // 500.00 pays December's 300.00 + 100.00, and the 100.00 left goes 300 : 100 → 75.00 and 25.00.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(), Map.of("HEAT", d("300.00"), "MAINT", d("100.00")), Map.of());
        assertEquals(d("0.00"), month.settle(List.of(new AccountMonth.Payment(9, LocalDate.of(2026, 12, 5), d("500.00"))), RATE_9_5));
        assertEquals(List.of(new AccountMonth.Allocation(9, YearMonth.of(2026, 12), "HEAT", d("375.00")),
                new AccountMonth.Allocation(9, YearMonth.of(2026, 12), "MAINT", d("125.00"))), month.allocations());
        assertEquals(d("-75.00"), month.statement("HEAT").closing());
        assertEquals(d("-25.00"), month.statement("MAINT").closing());
    }

    @Test
    void recalculationsJoinTheMonthsLineOfTheirService() {
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(), Map.of("GVS", d("808.82")), Map.of("GVS", d("-412.55")));
        month.settle(List.of(), RATE_9_5);
        assertEquals(new AccountStatementLine(d("0.00"), d("808.82"), d("-412.55"), d("0.00")), month.statement("GVS"));
        assertEquals(d("396.27"), month.statement("GVS").closing());
    }

    @Test
    void aClosedAccountThatStillPaysKeepsTheAdvanceOnTheFirstService() {
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(), Map.of(), Map.of(), "CAPREP");
        month.settle(List.of(new AccountMonth.Payment(3, LocalDate.of(2026, 12, 1), d("100.00"))), RATE_9_5);
        assertEquals(List.of(new AccountMonth.Allocation(3, YearMonth.of(2026, 12), "CAPREP", d("100.00"))), month.allocations());
        assertEquals(d("-100.00"), month.statement("CAPREP").closing());
    }

    @Test
    void aReversalInTheSameMonthUndoesTheAdvanceBeforeTheDebtsAndLeavesTheLinesAsUnpaid() {
        // 500.00 on 5 December: 300.00 + 100.00 paid, the 100.00 advance 75.00 + 25.00 (HEAT 375.00, MAINT 125.00).
        // Cancelled on 20 December: MAINT's 125.00 goes back first (the last code), then HEAT's 375.00.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(), Map.of("HEAT", d("300.00"), "MAINT", d("100.00")), Map.of());
        month.settle(List.of(new AccountMonth.Payment(9, LocalDate.of(2026, 12, 5), d("500.00")),
                new AccountMonth.Payment(10, LocalDate.of(2026, 12, 20), d("-500.00"), 9L, List.of())), RATE_9_5);
        assertEquals(List.of(new AccountMonth.Allocation(9, YearMonth.of(2026, 12), "HEAT", d("375.00")),
                new AccountMonth.Allocation(9, YearMonth.of(2026, 12), "MAINT", d("125.00")),
                new AccountMonth.Allocation(10, YearMonth.of(2026, 12), "MAINT", d("-125.00")),
                new AccountMonth.Allocation(10, YearMonth.of(2026, 12), "HEAT", d("-375.00"))), month.allocations());
        assertEquals(new AccountStatementLine(d("0.00"), d("300.00"), d("0.00"), d("0.00")), month.statement("HEAT"));
        assertEquals(d("100.00"), month.statement("MAINT").closing());
    }

    @Test
    void aReversalOfAPaymentAppliedAtAnEarlierCloseMakesItsDebtOweFeesAgainFromTheNextDay() {
        // September's 10 000.00, 4 000.00 of it paid in November: 6 000.00 owed on 1 December. The 4 000.00 is
        // cancelled on 10 December: 1–10 December on 6 000: 10 × 6 000 × 9.5 / 30 000 = 19.00; 11–31 December on
        // 10 000: 21 × 10 000 × 9.5 / 30 000 = 66.50; fee 85.50. MAINT: 6 000.00 + 1 708.82 − (−4 000.00) = 11 708.82.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("MAINT", d("6000.00"))),
                Map.of("MAINT", d("1708.82")), Map.of());
        BigDecimal fee = month.settle(List.of(new AccountMonth.Payment(12, LocalDate.of(2026, 12, 10), d("-4000.00"), 7L,
                List.of(new AccountMonth.Allocation(7, YearMonth.of(2026, 9), "MAINT", d("4000.00"))))), RATE_9_5);
        assertEquals(d("85.50"), fee);
        assertEquals(List.of(new AccountMonth.Allocation(12, YearMonth.of(2026, 9), "MAINT", d("-4000.00"))), month.allocations());
        assertEquals(new AccountStatementLine(d("6000.00"), d("1708.82"), d("0.00"), d("-4000.00")), month.statement("MAINT"));
        assertEquals(d("11708.82"), month.statement("MAINT").closing());
    }

    @Test
    void aPartialReversalUndoesTheLatestPeriodFirst() {
        // 4 000.00 paid September's 2 500.00 and October's 1 500.00; 1 000.00 of it goes back: October's part first.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(), Map.of("MAINT", d("100.00")), Map.of());
        month.settle(List.of(new AccountMonth.Payment(13, LocalDate.of(2026, 12, 1), d("-1000.00"), 7L,
                List.of(new AccountMonth.Allocation(7, YearMonth.of(2026, 9), "MAINT", d("2500.00")),
                        new AccountMonth.Allocation(7, YearMonth.of(2026, 10), "MAINT", d("1500.00"))))), RATE_9_5);
        assertEquals(List.of(new AccountMonth.Allocation(13, YearMonth.of(2026, 10), "MAINT", d("-1000.00"))), month.allocations());
    }

    @Test
    void aCreditOfAServiceSettlesThatServicesOldestDebtBeforeTheFeeIsCounted() {
        // September owes MAINT 1 000.00 (due 15.10); October has HEAT 500.00 (due 15.11) and a MAINT credit of 300.00.
        // On 1 December the credit pays September's MAINT: 700.00 left. September, days 47–77 of delay:
        // 31 × 700 × 9.5 / 30 000 = 6.871667; October, days 31–46 (16–31 December) on HEAT's 500 alone:
        // 16 × 500 × 9.5 / 30 000 = 2.533333; fee 9.405 → 9.41 (without the credit's settling it would be 10.83).
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("MAINT", d("1000.00")),
                YearMonth.of(2026, 10), Map.of("HEAT", d("500.00"), "MAINT", d("-300.00"))), Map.of("MAINT", d("100.00")), Map.of());
        assertEquals(d("9.41"), month.settle(List.of(), RATE_9_5));
        // The statement per service is as before: MAINT 700.00 + 100.00, HEAT 500.00.
        assertEquals(new AccountStatementLine(d("700.00"), d("100.00"), d("0.00"), d("0.00")), month.statement("MAINT"));
        assertEquals(new AccountStatementLine(d("500.00"), d("0.00"), d("0.00"), d("0.00")), month.statement("HEAT"));
    }

    @Test
    void aPaymentMeetsTheDebtsAsTheCreditsLeftThem() {
        // As above; 800.00 paid on 10 December: September's MAINT 700.00 (after the credit), then 100.00 of October's HEAT.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("MAINT", d("1000.00")),
                YearMonth.of(2026, 10), Map.of("HEAT", d("500.00"), "MAINT", d("-300.00"))), Map.of("MAINT", d("100.00")), Map.of());
        month.settle(List.of(new AccountMonth.Payment(5, LocalDate.of(2026, 12, 10), d("800.00"))), RATE_9_5);
        assertEquals(List.of(new AccountMonth.Allocation(5, YearMonth.of(2026, 9), "MAINT", d("700.00")),
                new AccountMonth.Allocation(5, YearMonth.of(2026, 10), "HEAT", d("100.00"))), month.allocations());
    }

    @Test
    void aCreditNeverLowersAnotherServicesDebt() {
        // September: HEAT 1 000.00 owed, MAINT 400.00 overpaid; December charges MAINT 100.00, which the credit pays.
        // September's fee base is HEAT's 1 000.00: 31 × 1 000 × 9.5 / 30 000 = 9.816667 → 9.82 (not 600.00 → 5.89).
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("HEAT", d("1000.00"), "MAINT", d("-400.00"))),
                Map.of("MAINT", d("100.00")), Map.of());
        assertEquals(d("9.82"), month.settle(List.of(new AccountMonth.Payment(6, LocalDate.of(2026, 12, 31), d("50.00"))), RATE_9_5));
        // The payment on the 31st goes to September's HEAT, not to MAINT (whose December line the credit settled).
        assertEquals(List.of(new AccountMonth.Allocation(6, YearMonth.of(2026, 9), "HEAT", d("50.00"))), month.allocations());
        assertEquals(d("-300.00"), month.statement("MAINT").closing());
    }

    @Test
    void theOldestOpenPeriodIsTheFirstThatAPaymentLeavesOwing() {
        // September owes 1 000.00 and October 500.00; 1 200.00 on 5 December pays September whole and 200.00 of
        // October: October is the oldest period left owing, so the next close reads the history from October.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("MAINT", d("1000.00")),
                YearMonth.of(2026, 10), Map.of("MAINT", d("500.00"))), Map.of("MAINT", d("100.00")), Map.of());
        month.settle(List.of(new AccountMonth.Payment(4, LocalDate.of(2026, 12, 5), d("1200.00"))), RATE_9_5);
        assertEquals(YearMonth.of(2026, 10), month.oldestOpenPeriod());
        // What MAINT still owes, period by period: October's 300.00 and December's own 100.00 (September is square).
        assertEquals(new java.util.TreeMap<>(Map.of(YearMonth.of(2026, 10), d("300.00"), YearMonth.of(2026, 12), d("100.00"))),
                month.openItems("MAINT"));
    }

    @Test
    void anAccountSquareInEveryPeriodReadsNoHistoryNextMonth() {
        // November's 400.00 and December's own 400.00 paid in full: nothing is open, the next close starts at January.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 11), Map.of("HEAT", d("400.00"))),
                Map.of("HEAT", d("400.00")), Map.of());
        month.settle(List.of(new AccountMonth.Payment(5, LocalDate.of(2026, 12, 3), d("800.00"))), RATE_9_5);
        assertEquals(YearMonth.of(2027, 1), month.oldestOpenPeriod());
    }

    @Test
    void aCreditMovedOntoAnOlderDebtLeavesBothPeriodsOpenAsTheirRowsStand() {
        // October's −300.00 on HEAT (an overpayment) settles September's 300.00 of HEAT for this month's figures, but
        // that move is never written: the rows still say September owes and October is owed, so September stays open.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(YearMonth.of(2026, 9), Map.of("HEAT", d("300.00")),
                YearMonth.of(2026, 10), Map.of("HEAT", d("-300.00"))), Map.of(), Map.of());
        assertEquals(d("0.00"), month.settle(List.of(), RATE_9_5));
        assertEquals(YearMonth.of(2026, 9), month.oldestOpenPeriod());
        assertEquals(new java.util.TreeMap<>(Map.of(YearMonth.of(2026, 9), d("300.00"), YearMonth.of(2026, 10), d("-300.00"))),
                month.openItems("HEAT"));
    }

    @Test
    void aReversalOfAnOldPaymentReopensThePeriodItHadPaid() {
        // A payment applied at an earlier close had squared September; its reversal makes September owe 250.00 again.
        AccountMonth month = new AccountMonth(DECEMBER, Map.of(), Map.of("MAINT", d("100.00")), Map.of());
        month.settle(List.of(new AccountMonth.Payment(12, LocalDate.of(2026, 12, 10), d("-250.00"), 7L,
                List.of(new AccountMonth.Allocation(7, YearMonth.of(2026, 9), "MAINT", d("250.00"))))), RATE_9_5);
        assertEquals(YearMonth.of(2026, 9), month.oldestOpenPeriod());
    }
}
