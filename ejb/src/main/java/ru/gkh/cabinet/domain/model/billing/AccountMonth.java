package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account's money for a month, after its charges are known: the payments of the month settle debts as of their
 * dates (PaymentAllocation), each day's unpaid debts of earlier periods cost a late fee (LateFee), and the
 * statement per service follows (opening + charged + recalculated − paid = closing).
 */
public final class AccountMonth {

    /** The late-fee service code (domain.md). */
    public static final String PENI = "PENI";

    private final BillingMonth month;
    private final String fallbackService;
    private final SortedMap<YearMonth, SortedMap<String, BigDecimal>> owed = new TreeMap<>();
    /**
     * What each period owes as the rows written stand (history, the month's lines, payments' parts): {@link #owed}
     * without the credits moved between periods, which are worked out afresh at every close and never written.
     */
    private final SortedMap<YearMonth, SortedMap<String, BigDecimal>> posted = new TreeMap<>();
    private final SortedMap<String, BigDecimal> opening = new TreeMap<>();
    private final SortedMap<String, BigDecimal> charged = new TreeMap<>();
    private final SortedMap<String, BigDecimal> recalculated = new TreeMap<>();
    private final SortedMap<String, BigDecimal> paid = new TreeMap<>();
    /** Parts of payments by (payment, period, service): a payment settles each line once, so parts of one line merge. */
    private final Map<Settled, BigDecimal> allocations = new java.util.LinkedHashMap<>();

    /** What a part of a payment settles: the key its amounts merge under. */
    private record Settled(long payment, YearMonth period, String service) {
    }

    /** A part of a payment, as recorded: which payment, which period and service it settles, how much. */
    public record Allocation(long payment, YearMonth period, String service, BigDecimal amount) {
    }

    /**
     * A payment to apply: its id, date and amount. A reversal (a payment cancelled at the acquirer after it was
     * recorded) has a negative amount, names the payment it reverses and carries that payment's parts applied at
     * earlier closes, net of earlier reversals.
     */
    public record Payment(long id, LocalDate paidOn, BigDecimal amount, Long reverses, List<Allocation> reversedParts) {

        public Payment(long id, LocalDate paidOn, BigDecimal amount) {
            this(id, paidOn, amount, null, List.of());
        }
    }

    /**
     * @param earlier what each earlier period's services still owe at the month's start (debt positive)
     * @param lines   the month's charges (with their common-property part) by service
     * @param recalcs the month's recalculations by service
     */
    public AccountMonth(BillingMonth month, Map<YearMonth, Map<String, BigDecimal>> earlier, Map<String, BigDecimal> lines,
                        Map<String, BigDecimal> recalcs) {
        this(month, earlier, lines, recalcs, null);
    }

    /**
     * @param fallbackService where an advance goes when the account has no line and no balance at all (a closed
     *                        account that still pays): the organization's first service code
     */
    public AccountMonth(BillingMonth month, Map<YearMonth, Map<String, BigDecimal>> earlier, Map<String, BigDecimal> lines,
                        Map<String, BigDecimal> recalcs, String fallbackService) {
        this.month = month;
        this.fallbackService = fallbackService;
        earlier.forEach((p, services) -> services.forEach((s, v) -> {
            owe(p, s, v);
            opening.merge(s, v, BigDecimal::add);
        }));
        charged.putAll(lines);
        recalculated.putAll(recalcs);
        owed.computeIfAbsent(month.month(), k -> new TreeMap<>());
        lines.forEach((s, v) -> owe(month.month(), s, v));
        recalcs.forEach((s, v) -> owe(month.month(), s, v));
    }

    /** A posted amount a period's service owes (a payment's part owes a negative one). */
    private void owe(YearMonth period, String service, BigDecimal amount) {
        owed.computeIfAbsent(period, k -> new TreeMap<>()).merge(service, amount, BigDecimal::add);
        posted.computeIfAbsent(period, k -> new TreeMap<>()).merge(service, amount, BigDecimal::add);
    }

    /**
     * Applies the payments in order of date (those dated before the month first, as of its first day), charging
     * each day's late fee on what earlier periods still owe that day; returns the month's fee, rounded once.
     */
    public BigDecimal settle(List<Payment> payments, KeyRates rates) {
        settleCredits();
        LateFee fee = new LateFee();
        int next = 0;
        while (next < payments.size() && payments.get(next).paidOn().isBefore(month.first())) {
            apply(payments.get(next++));
        }
        // The debts change only when a payment is applied: each stretch of days up to the next payment's date is charged
        // at once (the sums are exact, so this is the sum of its days).
        for (LocalDate day = month.first(); !day.isAfter(month.last()); ) {
            LocalDate until = next < payments.size() && payments.get(next).paidOn().isBefore(month.last()) ? payments.get(next).paidOn()
                    : month.last();
            for (var period : owed.entrySet()) {
                if (!period.getKey().isBefore(month.month())) {
                    continue;
                }
                // What the period's lines still owe: a credit left on one service owes nothing and lowers no other's debt.
                BigDecimal base = BigDecimal.ZERO;
                for (var line : period.getValue().entrySet()) {
                    if (line.getValue().signum() > 0 && !line.getKey().equals(PENI)) {
                        base = base.add(line.getValue());
                    }
                }
                // The day a payment is dated still counts: payments lower the debt from the next day on.
                fee.add(base, new BillingMonth(period.getKey()).dueDate(), day, until, rates);
            }
            while (next < payments.size() && payments.get(next).paidOn().equals(until)) {
                apply(payments.get(next++));
            }
            day = until.plusDays(1);
        }
        BigDecimal total = fee.total();
        if (total.signum() != 0) {
            charged.put(PENI, total);
            owe(month.month(), PENI, total);
        }
        return total;
    }

    /**
     * A negative amount owed (an overpayment or a refund of a service) settles only the same service (domain.md): as of
     * the month's first day, each credit, the oldest first, pays what the same service owes, the oldest period first.
     * It moves debt between periods only; the statement per service is the same, the late fee and the payments'
     * allocation see the debts as they really stand.
     */
    private void settleCredits() {
        java.util.Set<String> services = new java.util.TreeSet<>();
        owed.values().forEach(lines -> services.addAll(lines.keySet()));
        for (String service : services) {
            for (var credit : owed.entrySet()) {
                BigDecimal left = credit.getValue().getOrDefault(service, BigDecimal.ZERO).negate();
                for (var debt : owed.entrySet()) {
                    if (left.signum() <= 0) {
                        break;
                    }
                    BigDecimal owes = debt.getValue().getOrDefault(service, BigDecimal.ZERO);
                    if (owes.signum() > 0) {
                        BigDecimal take = owes.min(left);
                        debt.getValue().put(service, owes.subtract(take));
                        credit.getValue().merge(service, take, BigDecimal::add);
                        left = left.subtract(take);
                    }
                }
            }
        }
    }

    private void apply(Payment payment) {
        if (payment.reverses() != null) {
            reverse(payment);
            return;
        }
        PaymentAllocation.Result r = PaymentAllocation.allocate(payment.amount(), owed);
        for (PaymentAllocation.Part part : r.parts()) {
            record(payment.id(), part.period(), part.service(), part.amount());
        }
        if (r.advance().signum() > 0) {
            spreadAdvance(payment.id(), r.advance());
        }
    }

    /**
     * A reversal undoes the parts of its payment, the latest period first and, within it, the last service code first
     * (so an advance goes back before a settled debt), up to its amount: those lines owe again from the reversal's
     * date. What finds no part to undo is owed again on the month's first line.
     */
    private void reverse(Payment reversal) {
        Map<Settled, BigDecimal> parts = new TreeMap<>(java.util.Comparator.comparing(Settled::period).thenComparing(Settled::service).reversed());
        reversal.reversedParts().forEach(a -> parts.merge(new Settled(reversal.reverses(), a.period(), a.service()), a.amount(), BigDecimal::add));
        allocations.forEach((k, v) -> {
            if (k.payment() == reversal.reverses()) {
                parts.merge(k, v, BigDecimal::add);
            }
        });
        BigDecimal left = reversal.amount().negate();
        for (var part : parts.entrySet()) {
            BigDecimal undo = part.getValue().min(left);
            if (undo.signum() > 0) {
                record(reversal.id(), part.getKey().period(), part.getKey().service(), undo.negate());
                left = left.subtract(undo);
            }
        }
        if (left.signum() > 0) {
            record(reversal.id(), month.month(), firstLine("A reversal with nothing to undo, and no service to owe it"), left.negate());
        }
    }

    /** The advance goes over the month's lines in proportion to their charged + recalculated, else to the first service. */
    private void spreadAdvance(long payment, BigDecimal advance) {
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        charged.forEach((s, v) -> weights.merge(s, v, BigDecimal::add));
        recalculated.forEach((s, v) -> weights.merge(s, v, BigDecimal::add));
        weights.values().removeIf(v -> v.signum() <= 0);
        if (weights.isEmpty()) {
            record(payment, month.month(), firstLine("Nothing to spread an advance over, and no service to keep it"), advance);
            return;
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spread = BigDecimal.ZERO;
        for (var w : weights.entrySet()) {
            BigDecimal share = advance.multiply(w.getValue()).divide(total, Rounding.MONEY, RoundingMode.HALF_UP);
            spread = spread.add(share);
            record(payment, month.month(), w.getKey(), share);
        }
        BigDecimal rest = advance.subtract(spread);
        if (rest.signum() != 0) {
            String largest = weights.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            record(payment, month.month(), largest, rest);
        }
    }

    /**
     * The line money goes to when no line of its own takes it: the month's first charged service, else the first with a
     * balance, else the organization's first service.
     */
    private String firstLine(String otherwise) {
        String first = charged.isEmpty() ? (opening.isEmpty() ? fallbackService : opening.firstKey()) : charged.firstKey();
        if (first == null) {
            throw new IllegalStateException(otherwise);
        }
        return first;
    }

    private void record(long payment, YearMonth period, String service, BigDecimal amount) {
        allocations.merge(new Settled(payment, period, service), amount, BigDecimal::add);
        owe(period, service, amount.negate());
        paid.merge(service, amount, BigDecimal::add);
    }

    /** What each period still owes on a service as the rows written after this month's settling stand: its open items. */
    public SortedMap<YearMonth, BigDecimal> openItems(String service) {
        SortedMap<YearMonth, BigDecimal> items = new TreeMap<>();
        posted.forEach((period, services) -> {
            BigDecimal owes = services.get(service);
            if (owes != null && owes.signum() != 0) {
                items.put(period, owes);
            }
        });
        return items;
    }

    /**
     * The oldest period whose rows, as written after this month's settling, leave some service owing or owed anything;
     * the next month when every period is square. Every earlier period adds nothing to any service, so the next close
     * need read the account's history only from here on: its opening and debts are the same, and its reading does
     * not grow with the years.
     */
    public YearMonth oldestOpenPeriod() {
        for (var period : posted.entrySet()) {
            if (period.getValue().values().stream().anyMatch(v -> v.signum() != 0)) {
                return period.getKey();
            }
        }
        return month.month().plusMonths(1);
    }

    public List<Allocation> allocations() {
        List<Allocation> list = new ArrayList<>();
        allocations.forEach((k, v) -> list.add(new Allocation(k.payment(), k.period(), k.service(), v)));
        return list;
    }

    /** The statement line of a service for the month. */
    public AccountStatementLine statement(String service) {
        return new AccountStatementLine(money(opening.get(service)), money(charged.get(service)), money(recalculated.get(service)),
                money(paid.get(service)));
    }

    /** Every service with any figure this month, in code order. */
    public List<String> services() {
        SortedMap<String, Boolean> all = new TreeMap<>();
        for (Map<String, BigDecimal> m : List.of(opening, charged, recalculated, paid)) {
            m.keySet().forEach(s -> all.put(s, true));
        }
        return new ArrayList<>(all.keySet());
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? new BigDecimal("0.00") : Rounding.money(v);
    }
}
