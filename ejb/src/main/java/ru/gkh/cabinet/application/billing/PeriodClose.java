package ru.gkh.cabinet.application.billing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.domain.model.billing.AccountMonth;
import ru.gkh.cabinet.domain.model.billing.AccountStatementLine;
import ru.gkh.cabinet.domain.model.billing.BillingMonth;
import ru.gkh.cabinet.domain.model.billing.BuildingMonth;
import ru.gkh.cabinet.domain.model.billing.ChargeLine;
import ru.gkh.cabinet.domain.model.billing.KeyRates;
import ru.gkh.cabinet.domain.model.billing.Meter;
import ru.gkh.cabinet.domain.model.billing.OpenItems;
import ru.gkh.cabinet.domain.model.billing.PaymentParts;
import ru.gkh.cabinet.domain.model.billing.Premises;
import ru.gkh.cabinet.domain.model.billing.Tariff;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The database side of {@code close-period}: the period's state transitions, and billing one building at a time —
 * read its accounts, meters, tariffs, debts and payments, apply the domain rules (BuildingMonth, AccountMonth), write
 * statement lines (each with its service's charge), each meter's estimates and each payment's allocation in JDBC
 * batches. A building already billed for the month (its row in
 * {@code building_billed}) is skipped, so a chunk repeated after a crash writes nothing twice.
 */
@Stateless
public class PeriodClose {

    /** MariaDB's ER_LOCK_WAIT_TIMEOUT. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    /** OPEN → CLOSING for the organization's open period; refused (409) for any other state or month. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void beginClosing(long organizationId, YearMonth month) {
        try (Connection c = ds.getConnection()) {
            // First, so that payments being written commit before the close reads anything (PaymentMark).
            long paymentsThrough = PaymentMark.take(c, organizationId);
            String status = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM billing_period WHERE organization_id = ? AND period = ? FOR UPDATE")) {
                ps.setLong(1, organizationId);
                ps.setObject(2, month.atDay(1));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        status = rs.getString(1);
                    }
                }
            }
            if (status == null) {
                throw Refusal.conflict("Период " + month + " не открыт: закрыть можно только открытый период");
            }
            if (!"OPEN".equals(status)) {
                throw Refusal.conflict("Период " + month + (status.equals("CLOSING") ? " уже закрывается" : " уже закрыт"));
            }
            Sql.update(c, "UPDATE billing_period SET status = 'CLOSING', close_started_at = CURRENT_TIMESTAMP(3), payments_through = ?,"
                    + " accounts_done = 0, accounts_total = (SELECT COUNT(*) FROM personal_account WHERE organization_id = ?)"
                    + " WHERE organization_id = ? AND period = ?", paymentsThrough, organizationId, organizationId, month.atDay(1));
            // The late-fee service exists before the partitions start: made by one of them, the other could not see it.
            Sql.update(c, "INSERT IGNORE INTO service (organization_id, code, name, unit, method) VALUES (?, 'PENI', 'Пени', 'month', 'FIXED')",
                    organizationId);
        } catch (SQLException e) {
            if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                throw Refusal.conflict("Период " + month + " не закрыт: идёт запись платежей (загрузка реестра или оплата картой)."
                        + " Повторите закрытие через минуту");
            }
            throw new IllegalStateException(e);
        }
    }

    /** A period's state and the execution of its close, if any; null when the organization has no such period. */
    public record Closing(String status, Long execution) {
    }

    public Closing closing(long organizationId, YearMonth month) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status, close_execution_id FROM billing_period WHERE organization_id = ? AND period = ?")) {
            ps.setLong(1, organizationId);
            ps.setObject(2, month.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Closing(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExecution(long organizationId, YearMonth month, long execution) {
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "UPDATE billing_period SET close_execution_id = ? WHERE organization_id = ? AND period = ?", execution,
                    organizationId, month.atDay(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A partition's buildings after {@code afterId}, in id order: the close's unit of work and checkpoint. Partition
     * {@code partition} of {@code partitions} takes the buildings whose id modulo {@code partitions} is its number.
     */
    public List<Long> buildingsAfter(long organizationId, long afterId, int limit, int partitions, int partition) {
        try (Connection c = ds.getConnection()) {
            return Sql.queryLongs(c, "SELECT id FROM building WHERE organization_id = ? AND id > ? AND MOD(id, ?) = ? ORDER BY id LIMIT ?",
                    organizationId, afterId, partitions, partition, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bills the buildings, in the caller's (the chunk's) transaction. Returns the number of accounts billed. */
    public int bill(long organizationId, YearMonth month, List<Long> buildings) {
        int accounts = 0;
        try (Connection c = ds.getConnection()) {
            // Every row the close writes names parents it has just read in this transaction (the building's accounts,
            // meters and unapplied payments, the organization's services), and none of them is ever deleted: InnoDB's
            // look-up of each row's parents is left out (a fifth of the time of inserting a month's statement lines,
            // 845,790 of them: 8.9–9.9 s with it, 7.1–7.7 s without). Set on this connection for the chunk only, and
            // restored before the pool has it back.
            Sql.update(c, "SET SESSION foreign_key_checks = 0");
            try {
                Map<String, Long> services = services(c, organizationId);
                Map<Long, String> codes = new HashMap<>();
                services.forEach((code, id) -> codes.put(id, code));
                KeyRates rates = keyRates(c, organizationId);
                // The organization's first month has no statements before it: its history (opening balances) is read whole.
                Before before = before(c, organizationId, month);
                for (long building : buildings) {
                    accounts += billBuilding(c, organizationId, new BillingMonth(month), building, services, codes, rates, before);
                }
            } finally {
                Sql.update(c, "SET SESSION foreign_key_checks = 1");
            }
            // Last, so the partitions hold the period's row only for the moment before their commit.
            Sql.update(c, "UPDATE billing_period SET accounts_done = accounts_done + ? WHERE organization_id = ? AND period = ?",
                    accounts, organizationId, month.atDay(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Billing buildings " + buildings + " for " + month + " failed", e);
        }
        return accounts;
    }

    /** CLOSING → CLOSED, and the next month opens. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long organizationId, YearMonth month) {
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "UPDATE billing_period SET status = 'CLOSED', closed_at = CURRENT_TIMESTAMP(3) WHERE organization_id = ? AND period = ?"
                    + " AND status = 'CLOSING'", organizationId, month.atDay(1));
            Sql.update(c, "INSERT IGNORE INTO billing_period (organization_id, period, status) VALUES (?, ?, 'OPEN')", organizationId,
                    month.plusMonths(1).atDay(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The month before, closed: its payments mark (null for months closed before the marks were kept); null when there
     * is no such month, so that this is the organization's first.
     */
    private record Before(Long paymentsThrough) {
    }

    private static Before before(Connection c, long org, YearMonth month) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT payments_through FROM billing_period WHERE organization_id = ?"
                + " AND period = ? AND status = 'CLOSED'"), org, month.minusMonths(1).atDay(1));
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long mark = rs.getLong(1);
            return new Before(rs.wasNull() ? null : mark);
        }
    }

    private int billBuilding(Connection c, long org, BillingMonth month, long building, Map<String, Long> services, Map<Long, String> codes,
                             KeyRates rates, Before before) throws SQLException {
        LocalDate first = month.first();
        // The building's month billed once (V20): recorded first, in this chunk's transaction; a chunk repeated after a
        // crash finds the row and writes nothing twice.
        if (Sql.update(c, "INSERT IGNORE INTO building_billed (building_id, period) VALUES (?, ?)", building, first) == 0) {
            return 0;
        }
        // Every query starts from the building's premises (STRAIGHT_JOIN): the month's tables grow as the close goes on.
        BigDecimal totalArea;
        BigDecimal commonArea;
        try (PreparedStatement ps = c.prepareStatement("SELECT total_area, common_area FROM building WHERE id = ?")) {
            ps.setLong(1, building);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                totalArea = rs.getBigDecimal(1);
                commonArea = rs.getBigDecimal(2);
            }
        }
        List<Tariff> tariffs = tariffs(c, org, building, first);

        // Accounts and their meters with readings up to this month.
        Map<Long, String> numbers = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        Map<Long, Object[]> facts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.number, p.total_area, a.residents, a.meter_possible, a.opened_on,"
                + " a.closed_on FROM personal_account a JOIN premises p ON p.id = a.premises_id WHERE p.building_id = ? ORDER BY a.number")) {
            ps.setLong(1, building);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.put(rs.getLong(1), rs.getString(2));
                    ids.put(rs.getString(2), rs.getLong(1));
                    facts.put(rs.getLong(1), new Object[] {rs.getBigDecimal(3), rs.getInt(4), rs.getBoolean(5), Sql.date(rs, 6),
                        Sql.date(rs, 7)});
                }
            }
        }
        if (numbers.isEmpty()) {
            return 0;
        }
        Map<Long, List<Meter>> individual = new HashMap<>();
        Map<String, List<Meter>> house = new HashMap<>();
        Map<String, Long> meterIds = loadMeters(c, building, month, individual, house);
        YearMonth earliestGap = earliestGap(month, individual);
        Map<Long, Map<String, Map<YearMonth, BigDecimal>>> estimated = estimatedCharges(c, building, month, earliestGap);
        Map<Long, Map<String, Map<String, Map<YearMonth, BigDecimal>>>> meterEstimates = meterEstimates(c, building, month, earliestGap);
        List<Premises> premises = new ArrayList<>();
        for (var e : facts.entrySet()) {
            Object[] f = e.getValue();
            premises.add(new Premises(numbers.get(e.getKey()), (BigDecimal) f[0], (Integer) f[1], (Boolean) f[2], (LocalDate) f[3],
                    (LocalDate) f[4], individual.getOrDefault(e.getKey(), List.of()), estimated.getOrDefault(e.getKey(), Map.of()),
                    meterEstimates.getOrDefault(e.getKey(), Map.of())));
        }
        List<ChargeLine> lines = new BuildingMonth(month, totalArea, commonArea, tariffs, house).charge(premises);

        Map<String, Map<String, BigDecimal>> recalcs = new HashMap<>();
        List<Long> appliedRecalcs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, a.number, x.code, r.amount FROM premises p"
                + " STRAIGHT_JOIN personal_account a ON a.premises_id = p.id STRAIGHT_JOIN recalculation r ON r.account_id = a.id"
                + " JOIN service x ON x.id = r.service_id WHERE p.building_id = ? AND r.applied_period IS NULL AND r.period <= ?")) {
            ps.setLong(1, building);
            ps.setObject(2, first);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    appliedRecalcs.add(rs.getLong(1));
                    recalcs.computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).merge(rs.getString(3), rs.getBigDecimal(4), BigDecimal::add);
                }
            }
        }
        Map<String, Map<YearMonth, Map<String, BigDecimal>>> debts = debts(c, building, month, before != null ? carried(c, building, month) : null,
                codes);
        Map<String, List<AccountMonth.Payment>> payments = payments(c, building, month, before == null ? null : before.paymentsThrough(),
                codes);

        // A charge is kept on its service's statement line (V26): one row of the month's key for both.
        try (PreparedStatement statement = Sql.batchInsert(c, "INSERT INTO account_statement (account_id, service_id, period, opening,"
                + " charged, recalculated, paid, closing, oldest_open_period, open_items, volume, rate, charge_amount, common_volume,"
                + " common_amount, volume_basis, reversed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement allocation = Sql.batchInsert(c, "INSERT INTO payment_allocation (payment_id, parts) VALUES (?,?)");
             PreparedStatement estimate = Sql.batchInsert(c, "INSERT INTO meter_estimate (meter_id, service_id, period, volume, amount)"
                     + " VALUES (?,?,?,?,?)")) {
            // An advance of an account with nothing to spread it over stays on the first service.
            String fallback = services.keySet().stream().filter(service -> !service.equals(AccountMonth.PENI)).sorted().findFirst().orElse(null);
            Map<String, List<ChargeLine>> byAccount = new LinkedHashMap<>();
            lines.forEach(l -> byAccount.computeIfAbsent(l.account(), k -> new ArrayList<>()).add(l));
            for (String number : numbers.values()) {
                long account = ids.get(number);
                Map<String, BigDecimal> charged = new TreeMap<>();
                Map<String, BigDecimal> recalculated = new TreeMap<>(recalcs.getOrDefault(number, Map.of()));
                Map<String, ChargeLine> charges = new HashMap<>();
                for (ChargeLine l : byAccount.getOrDefault(number, List.of())) {
                    charged.put(l.service(), l.charged());
                    charges.put(l.service(), l);
                    if (l.reversal().signum() != 0) {
                        recalculated.merge(l.service(), l.reversal(), BigDecimal::add);
                    }
                    for (ChargeLine.MeterEstimate e : l.estimates()) {
                        estimate.setLong(1, meterIds.get(e.serial()));
                        estimate.setLong(2, services.get(l.service()));
                        estimate.setObject(3, first);
                        estimate.setBigDecimal(4, e.volume());
                        estimate.setBigDecimal(5, e.amount());
                        estimate.addBatch();
                    }
                }
                AccountMonth money = new AccountMonth(month, debts.getOrDefault(number, Map.of()), charged, recalculated, fallback);
                List<AccountMonth.Payment> paid = payments.getOrDefault(number, List.of());
                BigDecimal fee = money.settle(paid, rates);
                // Every payment applied gets its row, with no parts if it settled nothing (a zero amount): applied once.
                Map<Long, List<AccountMonth.Allocation>> parts = new HashMap<>();
                money.allocations().forEach(a -> parts.computeIfAbsent(a.payment(), k -> new ArrayList<>()).add(a));
                for (AccountMonth.Payment p : paid) {
                    allocation.setLong(1, p.id());
                    allocation.setString(2, PaymentParts.format(parts.getOrDefault(p.id(), List.of()), services));
                    allocation.addBatch();
                }
                LocalDate oldestOpen = money.oldestOpenPeriod().atDay(1);
                int written = 0;
                for (String service : money.services()) {
                    AccountStatementLine s = money.statement(service);
                    statement.setLong(1, account);
                    statement.setLong(2, services.get(service));
                    statement.setObject(3, first);
                    statement.setBigDecimal(4, s.opening());
                    statement.setBigDecimal(5, s.charged());
                    statement.setBigDecimal(6, s.recalculated());
                    statement.setBigDecimal(7, s.paid());
                    statement.setBigDecimal(8, s.closing());
                    statement.setObject(9, oldestOpen);
                    statement.setString(10, OpenItems.format(money.openItems(service)));
                    ChargeLine l = charges.get(service);
                    boolean lateFee = l == null && service.equals(AccountMonth.PENI) && fee.signum() != 0;
                    if (l != null) {
                        written++;
                    }
                    // The late fee's charge has no volume and a zero rate; a line without a charge has none of these.
                    statement.setBigDecimal(11, l == null ? null : l.volume());
                    statement.setBigDecimal(12, l != null ? l.rate() : lateFee ? BigDecimal.ZERO : null);
                    statement.setBigDecimal(13, l != null ? l.amount() : lateFee ? fee : null);
                    statement.setBigDecimal(14, l == null ? null : l.commonVolume());
                    statement.setBigDecimal(15, l == null ? null : l.commonAmount());
                    statement.setString(16, l == null ? null : l.basis());
                    statement.setBigDecimal(17, l == null || l.reversal().signum() == 0 ? null : l.reversal());
                    statement.addBatch();
                }
                if (written != charges.size()) {
                    throw new IllegalStateException("Account " + number + ": a charge without its statement line");
                }
            }
            estimate.executeBatch();
            allocation.executeBatch();
            statement.executeBatch();
        }
        for (long id : appliedRecalcs) {
            Sql.update(c, "UPDATE recalculation SET applied_period = ? WHERE id = ?", month.first(), id);
        }
        // By meter id, so that two partitions never lock each other's readings.
        if (!meterIds.isEmpty()) {
            Sql.update(c, "UPDATE meter_reading SET status = 'BILLED' WHERE period = ? AND status = 'ACCEPTED' AND meter_id IN ("
                    + Sql.idList(meterIds.values()) + ")", month.first());
        }
        return numbers.size();
    }

    private List<Tariff> tariffs(Connection c, long org, long building, LocalDate first) throws SQLException {
        Map<String, Tariff> byCode = new TreeMap<>();
        // The building's own tariff valid on the month's first day wins over the all-buildings one; the latest wins.
        try (PreparedStatement ps = c.prepareStatement("SELECT x.code, x.method, x.volume_from, t.rate, t.norm, t.common_norm"
                + " FROM service x JOIN tariff t ON t.service_id = x.id WHERE x.organization_id = ? AND t.valid_from <= ?"
                + " AND (t.building_code = '*' OR t.building_id = ?) ORDER BY x.code, t.building_code = '*' DESC, t.valid_from")) {
            ps.setLong(1, org);
            ps.setObject(2, first);
            ps.setLong(3, building);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(3);
                    byCode.put(rs.getString(1), new Tariff(rs.getString(1), Tariff.Method.valueOf(rs.getString(2)), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), from == null ? List.of() : List.of(from.split("\\+"))));
                }
            }
        }
        return new ArrayList<>(byCode.values());
    }

    /**
     * Loads the building's meters with the readings the month needs ({@link Meter#firstReadingNeeded}), in three
     * steps. The month's and the month before's readings of every meter: a meter with a real reading in both (nearly
     * all of them, month after month) needs nothing older ({@link Meter#needsOlderReadings}). The other meters'
     * readings from the first month needed on; and the older ones only of a meter without a reading that month (a gap
     * reaching back past it, or a young meter). Returns the meters' ids by serial (unique in the organization).
     */
    private Map<String, Long> loadMeters(Connection c, long building, BillingMonth month, Map<Long, List<Meter>> individual,
                                         Map<String, List<Meter>> house) throws SQLException {
        record Row(String serial, Long account, String service, int digits, LocalDate installed, LocalDate verified, BigDecimal initial,
                   Map<YearMonth, Meter.Reading> readings) {
        }
        YearMonth needed = Meter.firstReadingNeeded(month);
        YearMonth before = month.month().minusMonths(1);
        // In id order, as the meters' lists and estimates have always been built; sorted here, not by MariaDB, whose
        // sort of the union cost it a temporary table every building.
        Map<Long, Row> meters = new TreeMap<>();
        String columns = "SELECT m.id, m.serial, m.account_id, x.code, m.int_digits, m.installed_on, m.verified_until, m.initial_reading,"
                + " r.period, r.value, r.taken_on";
        String readings = " JOIN service x ON x.id = m.service_id"
                + " LEFT JOIN meter_reading r ON r.meter_id = m.id AND r.period >= ? AND r.period <= ? AND r.status <> 'REFUSED'";
        // Individual meters through the building's premises, house meters by their building: each by its own index.
        for (String sql : List.of(columns + " FROM premises p STRAIGHT_JOIN personal_account a ON a.premises_id = p.id"
                + " STRAIGHT_JOIN meter m ON m.account_id = a.id" + readings + " WHERE p.building_id = ?",
                columns + " FROM meter m" + readings + " WHERE m.building_id = ?")) {
            try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), before, month.month(), building); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Row row = meters.get(id);
                    if (row == null) {
                        Long account = rs.getObject(3) == null ? null : rs.getLong(3);
                        row = new Row(rs.getString(2), account, rs.getString(4), rs.getInt(5),
                                Sql.date(rs, 6), Sql.date(rs, 7), rs.getBigDecimal(8), new TreeMap<>());
                        meters.put(id, row);
                    }
                    YearMonth period = Sql.month(rs, 9);
                    if (period != null) {
                        row.readings().put(period,
                                new Meter.Reading(rs.getBigDecimal(10), Sql.date(rs, 11)));
                    }
                }
            }
        }
        List<Long> incomplete = meters.entrySet().stream()
                .filter(e -> Meter.needsOlderReadings(month, e.getValue().readings(), e.getValue().verified())).map(Map.Entry::getKey).toList();
        if (!incomplete.isEmpty()) {
            readReadings(c, id -> meters.get(id).readings(), incomplete, " AND period >= ? AND period < ?", needed, before);
        }
        List<Long> older = incomplete.stream().filter(id -> !meters.get(id).readings().containsKey(needed)).toList();
        if (!older.isEmpty()) {
            readReadings(c, id -> meters.get(id).readings(), older, " AND period < ?", needed);
        }
        for (Row r : meters.values()) {
            Meter m = new Meter(r.serial(), r.service(), r.digits(), r.installed(), r.verified(), r.initial(), r.readings());
            if (r.account() == null) {
                house.computeIfAbsent(r.service(), k -> new ArrayList<>()).add(m);
            } else {
                individual.computeIfAbsent(r.account(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        meters.forEach((id, row) -> ids.put(row.serial(), id));
        return ids;
    }

    /** Adds the readings of the meters {@code ids} in the periods {@code range} names (not the refused ones) to their maps. */
    private static void readReadings(Connection c, LongFunction<Map<YearMonth, Meter.Reading>> readingsOf, List<Long> ids,
                                     String range, Object... periods) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT meter_id, period, value, taken_on FROM meter_reading WHERE meter_id IN ("
                + Sql.idList(ids) + ")" + range + " AND status <> 'REFUSED'"), periods); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                readingsOf.apply(rs.getLong(1)).put(Sql.month(rs, 2), new Meter.Reading(rs.getBigDecimal(3), Sql.date(rs, 4)));
            }
        }
    }

    /** The earliest month some individual meter of the building went without a reading until this month's, or null. */
    private static YearMonth earliestGap(BillingMonth month, Map<Long, List<Meter>> individual) {
        YearMonth earliest = null;
        for (List<Meter> meters : individual.values()) {
            for (Meter m : meters) {
                List<YearMonth> gap = m.substitutedBefore(month);
                if (!gap.isEmpty() && (earliest == null || gap.get(0).isBefore(earliest))) {
                    earliest = gap.get(0);
                }
            }
        }
        return earliest;
    }

    /**
     * The whole amounts charged by average or norm in the months a reading of this month now measures, by account id,
     * service and month, from {@code from} on (none when no meter has such a gap): what is given back for a month
     * closed before estimates were kept per meter.
     */
    private Map<Long, Map<String, Map<YearMonth, BigDecimal>>> estimatedCharges(Connection c, long building, BillingMonth month,
                                                                                 YearMonth from) throws SQLException {
        Map<Long, Map<String, Map<YearMonth, BigDecimal>>> charges = new HashMap<>();
        if (from == null) {
            return charges;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, x.code, ch.period, ch.amount FROM premises p"
                + " STRAIGHT_JOIN personal_account a ON a.premises_id = p.id STRAIGHT_JOIN charge ch ON ch.account_id = a.id"
                + " JOIN service x ON x.id = ch.service_id WHERE p.building_id = ? AND ch.period >= ? AND ch.period < ?"
                + " AND ch.volume_basis IN ('AVERAGE', 'NORM')")) {
            try (ResultSet rs = Sql.bind(ps, building, from, month.month()).executeQuery()) {
                while (rs.next()) {
                    charges.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                            .put(Sql.month(rs, 3), rs.getBigDecimal(4));
                }
            }
        }
        return charges;
    }

    /** Each meter's estimates from {@code from} on, by account id, meter serial, service and month (none without a gap). */
    private Map<Long, Map<String, Map<String, Map<YearMonth, BigDecimal>>>> meterEstimates(Connection c, long building, BillingMonth month,
                                                                                           YearMonth from) throws SQLException {
        Map<Long, Map<String, Map<String, Map<YearMonth, BigDecimal>>>> estimates = new HashMap<>();
        if (from == null) {
            return estimates;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, m.serial, x.code, e.period, e.amount FROM premises p"
                + " STRAIGHT_JOIN personal_account a ON a.premises_id = p.id STRAIGHT_JOIN meter m ON m.account_id = a.id"
                + " STRAIGHT_JOIN meter_estimate e ON e.meter_id = m.id JOIN service x ON x.id = e.service_id"
                + " WHERE p.building_id = ? AND e.period >= ? AND e.period < ?")) {
            try (ResultSet rs = Sql.bind(ps, building, from, month.month()).executeQuery()) {
                while (rs.next()) {
                    estimates.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(3), k -> new TreeMap<>())
                            .put(Sql.month(rs, 4), rs.getBigDecimal(5));
                }
            }
        }
        return estimates;
    }

    /**
     * What an account's statement of the month before carries over: its oldest open period, and each service's open
     * items (null where they were not carried).
     */
    private record Carried(long account, YearMonth oldestOpen, Map<String, String> items) {

        boolean itemsCarried() {
            return !items.containsValue(null);
        }
    }

    /**
     * The statements of the month before, by account number; null when one of the building's predates the oldest open
     * period being kept. An account without a statement has nothing open: a period left open gives its account a
     * statement (a service of it is in the opening, or among the month's figures).
     */
    private Map<String, Carried> carried(Connection c, long building, BillingMonth month) throws SQLException {
        Map<String, Carried> carried = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT a.id, a.number, x.code, s.oldest_open_period, s.open_items"
                + " FROM premises p"
                + " STRAIGHT_JOIN personal_account a ON a.premises_id = p.id STRAIGHT_JOIN account_statement s ON s.account_id = a.id"
                + " AND s.period = ? JOIN service x ON x.id = s.service_id WHERE p.building_id = ?"), month.month().minusMonths(1), building);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                YearMonth oldestOpen = Sql.month(rs, 4);
                if (oldestOpen == null) {
                    return null;
                }
                long account = rs.getLong(1);
                carried.computeIfAbsent(rs.getString(2), k -> new Carried(account, oldestOpen, new HashMap<>()))
                        .items().put(rs.getString(3), rs.getString(5));
            }
        }
        return carried;
    }

    /**
     * What each earlier period's services still owe, by account number: balances + charges (with their common-property
     * part, less the estimates they gave back) + recalculations − payments. With the month before's statements
     * ({@code carried}; null: the whole history of every account, as for the first month) an account's debts are the
     * open items its statement lines carry; where they were not carried (lines written before them, or too many
     * periods), the account reads its history from its oldest open period (one query per such period): every earlier
     * period adds nothing to any service. Every service of the statement stays in the
     * opening, if only with zero, as it would from the whole history.
     */
    private Map<String, Map<YearMonth, Map<String, BigDecimal>>> debts(Connection c, long building, BillingMonth month,
                                                                      Map<String, Carried> carried, Map<Long, String> codes)
            throws SQLException {
        Map<String, Map<YearMonth, Map<String, BigDecimal>>> debts = new HashMap<>();
        YearMonth before = month.month().minusMonths(1);
        // The accounts that read their history, by where it starts (null: every account of the building).
        Map<YearMonth, List<Long>> owing = new TreeMap<>();
        if (carried == null) {
            owing.put(YearMonth.of(1900, 1), null);
        } else {
            for (var e : carried.entrySet()) {
                Carried account = e.getValue();
                Map<YearMonth, Map<String, BigDecimal>> owed = debts.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
                account.items().keySet().forEach(service -> owed.computeIfAbsent(before, k -> new TreeMap<>()).put(service, BigDecimal.ZERO));
                if (account.itemsCarried()) {
                    account.items().forEach((service, items) -> OpenItems.parse(items).forEach((period, amount) ->
                            owed.computeIfAbsent(period, k -> new TreeMap<>()).merge(service, amount, BigDecimal::add)));
                } else if (account.oldestOpen().isBefore(month.month())) {
                    owing.computeIfAbsent(account.oldestOpen(), k -> new ArrayList<>()).add(account.account());
                }
            }
        }
        for (var group : owing.entrySet()) {
            // Accounts named by id, each group from its own start: an index range of each account's rows.
            String accounts = group.getValue() == null
                    ? " FROM premises p STRAIGHT_JOIN personal_account a ON a.premises_id = p.id STRAIGHT_JOIN "
                    : " FROM personal_account a STRAIGHT_JOIN ";
            String which = group.getValue() == null ? " WHERE p.building_id = " + building : " WHERE a.id IN (" + Sql.idList(group.getValue()) + ")";
            String where = " JOIN service x ON x.id = t.service_id" + which + " AND t.period >= ? AND t.period < ?";
            String[] parts = {
                "SELECT a.number, t.period, x.code, t.amount" + accounts + "opening_balance t ON t.account_id = a.id" + where,
                "SELECT a.number, t.period, x.code, t.amount + COALESCE(t.common_amount, 0) + COALESCE(t.reversed, 0)" + accounts
                    + "charge t ON t.account_id = a.id" + where,
                "SELECT a.number, t.applied_period, x.code, t.amount" + accounts + "recalculation t ON t.account_id = a.id"
                    + " JOIN service x ON x.id = t.service_id" + which + " AND t.applied_period >= ? AND t.applied_period < ?"};
            for (String sql : parts) {
                try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), group.getKey(), month.month());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        debts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .computeIfAbsent(Sql.month(rs, 2), k -> new TreeMap<>())
                                .merge(rs.getString(3), rs.getBigDecimal(4), BigDecimal::add);
                    }
                }
            }
            // The payments' parts of those periods: a payment's parts are one row (V25), so every allocated payment of
            // the accounts is read and its parts outside the periods passed over.
            try (PreparedStatement ps = c.prepareStatement("SELECT a.number, t.parts" + accounts + "payment y ON y.account_id = a.id"
                    + " STRAIGHT_JOIN payment_allocation t ON t.payment_id = y.id" + which); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<YearMonth, Map<String, BigDecimal>> owed = null;
                    for (PaymentParts.Part part : PaymentParts.parse(rs.getString(2))) {
                        if (part.period().isBefore(group.getKey()) || !part.period().isBefore(month.month())) {
                            continue;
                        }
                        if (owed == null) {
                            owed = debts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                        }
                        owed.computeIfAbsent(part.period(), k -> new TreeMap<>()).merge(codes.get(part.service()), part.amount().negate(),
                                BigDecimal::add);
                    }
                }
            }
        }
        return debts;
    }

    /**
     * Payments not yet applied, dated up to the month's last day, in order of (date, id at the bank). A reversal
     * carries the parts of its payment applied at earlier closes, net of earlier reversals of the same payment. With
     * the month before's payments mark ({@code paymentsThrough}, see PaymentMark) only payments dated after that month
     * or numbered after the mark can be unapplied: both are columns of the index the accounts' payments are read by, so
     * the history's payments are passed over in the index, never read nor looked up in the payments' parts.
     */
    private Map<String, List<AccountMonth.Payment>> payments(Connection c, long building, BillingMonth month, Long paymentsThrough,
                                                             Map<Long, String> codes) throws SQLException {
        Map<String, List<AccountMonth.Payment>> payments = new HashMap<>();
        String since = paymentsThrough == null ? "" : " AND (y.paid_on > ? OR y.id > ?)";
        try (PreparedStatement ps = c.prepareStatement("SELECT a.number, y.id, y.paid_on, y.amount, y.reverses_id FROM premises p"
                + " STRAIGHT_JOIN personal_account a ON a.premises_id = p.id STRAIGHT_JOIN payment y ON y.account_id = a.id"
                + " WHERE p.building_id = ? AND y.paid_on <= ?" + since
                // A correlated lookup by the allocation's key: as NOT EXISTS, the optimizer turned it into a scan of all allocations.
                + " AND (SELECT l.payment_id FROM payment_allocation l WHERE l.payment_id = y.id LIMIT 1) IS NULL"
                + " ORDER BY y.paid_on, y.external_id")) {
            ps.setLong(1, building);
            ps.setObject(2, month.last());
            if (paymentsThrough != null) {
                ps.setObject(3, month.month().minusMonths(1).atEndOfMonth());
                ps.setLong(4, paymentsThrough);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long reverses = rs.getLong(5);
                    AccountMonth.Payment payment = rs.wasNull()
                            ? new AccountMonth.Payment(rs.getLong(2), Sql.date(rs, 3), rs.getBigDecimal(4))
                            : new AccountMonth.Payment(rs.getLong(2), Sql.date(rs, 3), rs.getBigDecimal(4), reverses,
                                    appliedParts(c, reverses, codes));
                    payments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(payment);
                }
            }
        }
        return payments;
    }

    /** What a payment and its reversal (V24: one at most) applied so far, by period and service (reversals are rare: one query each). */
    private static List<AccountMonth.Allocation> appliedParts(Connection c, long payment, Map<Long, String> codes) throws SQLException {
        Map<YearMonth, Map<String, BigDecimal>> applied = new TreeMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT l.parts FROM payment_allocation l WHERE l.payment_id IN"
                + " (?, (SELECT r.payment_id FROM payment_reversal r WHERE r.reverses_id = ?))"), payment, payment);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                for (PaymentParts.Part part : PaymentParts.parse(rs.getString(1))) {
                    applied.computeIfAbsent(part.period(), k -> new TreeMap<>()).merge(codes.get(part.service()), part.amount(), BigDecimal::add);
                }
            }
        }
        List<AccountMonth.Allocation> parts = new ArrayList<>();
        applied.forEach((period, services) -> services.forEach((service, amount) ->
                parts.add(new AccountMonth.Allocation(payment, period, service, amount))));
        return parts;
    }

    private Map<String, Long> services(Connection c, long org) throws SQLException {
        Map<String, Long> services = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM service WHERE organization_id = ?")) {
            ps.setLong(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    services.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return services;
    }

    private KeyRates keyRates(Connection c, long org) throws SQLException {
        Map<LocalDate, BigDecimal> rates = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT valid_from, rate FROM key_rate WHERE organization_id = ?")) {
            ps.setLong(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rates.put(Sql.date(rs, 1), rs.getBigDecimal(2));
                }
            }
        }
        return new KeyRates(rates);
    }

}
