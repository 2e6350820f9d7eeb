package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.domain.model.billing.ChargeExplanation;
import ru.gkh.cabinet.domain.model.billing.CommonPropertyShare;
import ru.gkh.cabinet.domain.model.billing.MeteredVolume;
import ru.gkh.cabinet.domain.model.billing.PaymentParts;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;
import ru.gkh.cabinet.domain.model.receipt.ReceiptDocument;
import ru.gkh.cabinet.domain.model.receipt.UnitLabel;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * What a resident reads about one of their accounts in the cabinet's sections: the account card and balance today
 * (Главная), a closed month's charges with how each was computed (Начисления), the statement and payments over a range
 * of months (Платежи), and the company's details (Реквизиты УК). Every call checks that the user linked the account;
 * any other account is "not found".
 */
// Reads only: no transaction of its own (a page's reads need none, and each would cost the connection's autocommit
// switches and a COMMIT — some thirty round trips a page).
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ResidentAccount {

    /** The late fee's service code: it is shown apart from the services. */
    static final String PENI = "PENI";
    /** How many of the latest receipts Главная lists. */
    static final int LATEST_RECEIPTS = 12;

    @Inject
    CheckedLinks links;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    @Inject
    CurrentRates rates;

    @Inject
    ServiceNames serviceNames;

    /**
     * The account card and its balance today: the last closed month's closing balance less what was paid since
     * ({@code balance} above zero is a debt, below an overpayment), due by the 15th of the month after it.
     */
    public record Summary(long id, String number, String holder, String address, BigDecimal area, Integer rooms, int residents,
                          String organization, YearMonth lastClosed, BigDecimal balance, BigDecimal paidSince, LocalDate dueDate,
                          List<CurrentRates.Rate> services, List<ResidentCabinet.ReceiptEntry> receipts) {

        public boolean debt() {
            return balance.signum() > 0;
        }
    }

    /** One service's line of a month: the figures and how they were computed. */
    public record ChargeRow(String service, String unit, String provider, BigDecimal volume, BigDecimal rate, BigDecimal amount,
                            BigDecimal commonAmount, BigDecimal recalculated, List<String> reasons, String explanation,
                            String commonExplanation, BigDecimal total) {
    }

    /** A closed month's charges: the lines, late fee, opening balance, payments, closing balance and whether a receipt exists. */
    public record MonthCharges(YearMonth period, List<ChargeRow> rows, BigDecimal lateFee, BigDecimal opening, BigDecimal paid,
                               BigDecimal charged, BigDecimal closing, boolean receipt) {

        /** What the month's receipt asks (nothing when the account is paid ahead). */
        public BigDecimal totalDue() {
            return closing.signum() > 0 ? closing : BigDecimal.ZERO.setScale(2);
        }

        public LocalDate dueDate() {
            return period.plusMonths(1).atDay(ReceiptDocument.DUE_DAY);
        }
    }

    /** A month of the statement. */
    public record StatementRow(YearMonth period, BigDecimal opening, BigDecimal charged, BigDecimal recalculated, BigDecimal paid,
                               BigDecimal closing) {
    }

    /** How much of a payment went to which month and service. */
    public record Allocation(YearMonth period, String service, BigDecimal amount) {
    }

    /** A payment received, with its spreading. */
    public record Payment(LocalDate paidOn, BigDecimal amount, String channel, List<Allocation> allocations) {
    }

    /**
     * The statement from {@code from} to {@code to} and the payments received in those months; {@code closed}: every
     * month the account has a statement for, newest first (what a range can be chosen from).
     */
    public record Statement(YearMonth from, YearMonth to, List<StatementRow> months, List<Payment> payments, List<YearMonth> closed) {

        public BigDecimal opening() {
            return months.isEmpty() ? BigDecimal.ZERO.setScale(2) : months.get(0).opening();
        }

        public BigDecimal closing() {
            return months.isEmpty() ? BigDecimal.ZERO.setScale(2) : months.get(months.size() - 1).closing();
        }

        public BigDecimal charged() {
            return months.stream().map(StatementRow::charged).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public BigDecimal recalculated() {
            return months.stream().map(StatementRow::recalculated).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public BigDecimal paid() {
            return months.stream().map(StatementRow::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    public Summary summary(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            // The card and the balance in one statement (a statement's own cost in MariaDB, ~40 µs here before it reads
            // anything, was most of what these single-row look-ups cost, on the page every resident sees first): the
            // last closed month, its closing balance, the payments since, and the services that month billed (whose
            // rates today come from CurrentRates, the building's). The payments since are those dated after that month
            // and, also, any payment dated in a closed month that came after that month's close (an online payment
            // confirmed while the period was closing): no close has applied it yet, the next one will. Before the first
            // close: every payment. And the latest receipts (Главная lists twelve; all of them are under Начисления),
            // as "2026-10 1234.56" items: a statement of their own cost MariaDB twice what this part of one does.
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT a.number, a.holder_name, b.address, p.number, p.total_area, p.rooms,"
                    + " a.residents, o.name, o.id, b.id, m.last,"
                    + " (SELECT SUM(s.closing) FROM account_statement s WHERE s.account_id = a.id AND s.period = m.last),"
                    + " (SELECT SUM(y.amount) FROM payment y WHERE y.account_id = a.id AND (m.last IS NULL OR y.paid_on > LAST_DAY(m.last)"
                    + " OR (SELECT l.payment_id FROM payment_allocation l WHERE l.payment_id = y.id LIMIT 1) IS NULL)),"
                    + " (SELECT GROUP_CONCAT(DISTINCT s.service_id) FROM account_statement s WHERE s.account_id = a.id AND s.period = m.last),"
                    + " (SELECT GROUP_CONCAT(DATE_FORMAT(r.period, '%Y-%m'), ' ', r.total_due ORDER BY r.period DESC SEPARATOR ',' LIMIT "
                    + LATEST_RECEIPTS + ") FROM receipt r WHERE r.account_id = a.id)"
                    + " FROM personal_account a JOIN premises p ON p.id = a.premises_id JOIN building b ON b.id = p.building_id"
                    + " JOIN organization o ON o.id = a.organization_id"
                    + " JOIN (SELECT MAX(period) AS last FROM account_statement WHERE account_id = ?) m WHERE a.id = ?"), accountId, accountId);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                YearMonth last = Sql.month(rs, 11);
                BigDecimal closing = orZero(rs.getBigDecimal(12));
                BigDecimal paidSince = orZero(rs.getBigDecimal(13));
                return new Summary(accountId, rs.getString(1), rs.getString(2), rs.getString(3) + ", кв. " + rs.getString(4),
                        rs.getBigDecimal(5).stripTrailingZeros(), rs.getObject(6) == null ? null : rs.getInt(6), rs.getInt(7), rs.getString(8),
                        last, closing.subtract(paidSince), paidSince, last == null ? null : last.plusMonths(1).atDay(ReceiptDocument.DUE_DAY),
                        services(rates.of(c, rs.getLong(9), rs.getLong(10), LocalDate.now()), rs.getString(14)), receipts(rs.getString(15)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The closed months the account has a statement for, newest first. */
    public List<YearMonth> closedMonths(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            List<YearMonth> months = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT DISTINCT period FROM account_statement WHERE account_id = ?"
                    + " ORDER BY period DESC"), accountId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    months.add(Sql.month(rs, 1));
                }
            }
            return months;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A closed month's charges; a month without a statement (open, or before the account) is "not found". */
    public MonthCharges charges(String login, long accountId, YearMonth month) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            // Each line's recalculations' reasons, filled in below: their own statement only when a line has any (few
            // months of few accounts do; as a JSON array per line in the lines' statement they cost MariaDB 0.69 ms
            // against 0.36 + 0.10 ms for the two statements).
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            boolean recalculatedLines = false;
            List<ChargeRow> rows = new ArrayList<>();
            BigDecimal lateFee = BigDecimal.ZERO.setScale(2);
            BigDecimal opening = BigDecimal.ZERO.setScale(2);
            BigDecimal paid = BigDecimal.ZERO.setScale(2);
            BigDecimal charged = BigDecimal.ZERO.setScale(2);
            BigDecimal closing = BigDecimal.ZERO.setScale(2);
            boolean any = false;
            boolean receipt = false;
            // The month's lines with what their explanations need in the same statement: the premises' area and
            // residents, the norm a charge by norm used (the building's own, else the one for all buildings, valid that
            // month), whether the month has a receipt, whether the line has recalculations applied in the month.
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT x.code, x.name, x.unit, x.provider, x.method, s.opening, s.charged,"
                    + " s.recalculated, s.paid, s.closing, s.volume, s.rate, s.charge_amount, s.common_volume, s.common_amount, s.volume_basis,"
                    + " (SELECT COUNT(*) FROM meter m WHERE m.account_id = s.account_id AND m.service_id = s.service_id), p.total_area, a.residents,"
                    + " CASE WHEN s.volume_basis = 'NORM' THEN (SELECT t.norm FROM tariff t WHERE t.service_id = x.id AND (t.building_id = p.building_id"
                    + " OR t.building_code = '*') AND t.valid_from <= s.period ORDER BY t.building_id IS NULL, t.valid_from DESC LIMIT 1) END,"
                    + " EXISTS (SELECT 1 FROM receipt r WHERE r.account_id = s.account_id AND r.period = s.period),"
                    + " EXISTS (SELECT 1 FROM recalculation r WHERE r.account_id = s.account_id AND r.service_id = s.service_id"
                    + " AND r.applied_period = s.period)"
                    + " FROM account_statement s JOIN service x ON x.id = s.service_id JOIN personal_account a ON a.id = s.account_id"
                    + " JOIN premises p ON p.id = a.premises_id WHERE s.account_id = ? AND s.period = ? ORDER BY x.code"), accountId, month);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    any = true;
                    receipt = rs.getBoolean(21);
                    opening = opening.add(rs.getBigDecimal(6));
                    charged = charged.add(rs.getBigDecimal(7)).add(rs.getBigDecimal(8));
                    paid = paid.add(rs.getBigDecimal(9));
                    closing = closing.add(rs.getBigDecimal(10));
                    BigDecimal recalculated = rs.getBigDecimal(8);
                    if (PENI.equals(rs.getString(1))) {
                        lateFee = lateFee.add(rs.getBigDecimal(7)).add(recalculated);
                        continue;
                    }
                    BigDecimal amount = rs.getBigDecimal(13);
                    if (amount == null && recalculated.signum() == 0) {
                        continue;   // only a balance carried, no charge this month
                    }
                    String unit = UnitLabel.of(rs.getString(3));
                    BigDecimal rate = rs.getBigDecimal(12);
                    BigDecimal common = rs.getBigDecimal(15);
                    String explanation = new ChargeExplanation(rs.getString(5), rs.getString(16), unit, rs.getBigDecimal(11), rate, amount,
                            rs.getBigDecimal(18).stripTrailingZeros(), rs.getInt(19), rs.getBigDecimal(20), rs.getInt(17) > 0).text();
                    List<String> why = reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    recalculatedLines |= rs.getBoolean(22);
                    BigDecimal total = (amount == null ? BigDecimal.ZERO : amount).add(common == null ? BigDecimal.ZERO : common).add(recalculated);
                    rows.add(new ChargeRow(rs.getString(2), unit, rs.getString(4), rs.getBigDecimal(11), rate, amount, common,
                            recalculated.signum() == 0 ? null : recalculated, why, explanation,
                            ChargeExplanation.common(unit, rs.getBigDecimal(14), rate, common), total.setScale(2)));
                }
            }
            if (!any) {
                throw Refusal.notFound("Начислений за " + month + " нет: месяц ещё не закрыт или счёт тогда не был открыт");
            }
            if (recalculatedLines) {
                try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT x.code, r.reason, r.period FROM recalculation r"
                        + " JOIN service x ON x.id = r.service_id WHERE r.account_id = ? AND r.applied_period = ? ORDER BY r.id"), accountId, month);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> why = reasons.get(rs.getString(1));
                        if (why != null) {   // a line shown (not the late fee's, not a balance carried alone)
                            why.add(rs.getString(2) + " (за " + Sql.month(rs, 3) + ")");
                        }
                    }
                }
            }
            return new MonthCharges(month, rows, lateFee, opening, paid, charged, closing, receipt);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The statement of the months from {@code from} to {@code to} and the payments received in them; without
     * {@code from} or {@code to}, the last twelve closed months or up to the latest. An account without a closed month
     * has an empty statement with no months to choose from.
     */
    public Statement statement(String login, long accountId, YearMonth from, YearMonth to) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            // Every closed month's sums in one statement, both the months to choose from and the range's rows: a few
            // hundred rows read cost MariaDB less than a second statement.
            List<StatementRow> all = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT period, SUM(opening), SUM(charged), SUM(recalculated), SUM(paid),"
                    + " SUM(closing) FROM account_statement WHERE account_id = ? GROUP BY period ORDER BY period"), accountId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new StatementRow(Sql.month(rs, 1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
            List<YearMonth> closed = all.stream().map(StatementRow::period).sorted(Comparator.reverseOrder()).toList();
            if (closed.isEmpty()) {
                return new Statement(from, to, List.of(), List.of(), closed);
            }
            YearMonth last = to != null ? to : closed.get(0);
            YearMonth first = from != null ? from : closed.get(Math.min(11, closed.size() - 1));
            if (first.isAfter(last)) {
                throw Refusal.invalid("Период: месяц «с» позже месяца «по»");
            }
            if (first.plusYears(5).isBefore(last)) {
                throw Refusal.invalid("Период: не длиннее пяти лет");
            }
            List<StatementRow> months = all.stream().filter(m -> !m.period().isBefore(first) && !m.period().isAfter(last)).toList();
            List<Payment> payments = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT p.paid_on, p.amount, p.channel, a.parts, p.organization_id FROM payment p"
                    + " LEFT JOIN payment_allocation a ON a.payment_id = p.id WHERE p.account_id = ? AND p.paid_on BETWEEN ? AND ?"
                    + " ORDER BY p.paid_on, p.id"), accountId, first.atDay(1), last.atEndOfMonth());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Allocation> allocations = new ArrayList<>();
                    String parts = rs.getString(4);
                    if (parts != null && !parts.isEmpty()) {
                        List<PaymentParts.Part> spread = PaymentParts.parse(parts);
                        Map<Long, ServiceNames.Name> names = serviceNames.of(c, rs.getLong(5),
                                spread.stream().map(PaymentParts.Part::service).toList());
                        // By period, then by the service's code, as the parts of a payment have always been listed.
                        spread.stream()
                                .sorted(Comparator.comparing(PaymentParts.Part::period).thenComparing(part -> names.get(part.service()).code()))
                                .forEach(part -> allocations.add(new Allocation(part.period(), names.get(part.service()).name(), part.amount())));
                    }
                    payments.add(new Payment(Sql.date(rs, 1), rs.getBigDecimal(2), channel(rs.getString(3)), allocations));
                }
            }
            return new Statement(first, last, months, payments, closed);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Расчёт ОДН of one service for the account's building and a closed month: the house meter's volume, the sum of the
     * premises' volumes, the common volume, the areas, the account's share and the cap by the common-property norm.
     * {@code houseVolume} is null when the house meter had no reading that month (then nothing was charged).
     */
    public record CommonRow(String service, String unit, BigDecimal houseVolume, BigDecimal individualVolumes, BigDecimal commonVolume,
                            BigDecimal buildingArea, BigDecimal premisesArea, BigDecimal share, BigDecimal cap, BigDecimal chargedVolume,
                            BigDecimal chargedAmount) {

        /** Whether the cap, not the share by area, set the account's volume. */
        public boolean capped() {
            return cap != null && share != null && share.compareTo(cap) > 0;
        }
    }

    /** The common-property figures of the account's building for a closed month, per service with a house meter. */
    public List<CommonRow> commonProperty(String login, long accountId, YearMonth month) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            long building;
            BigDecimal premisesArea;
            BigDecimal totalArea;
            BigDecimal commonArea;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT b.id, p.total_area, b.total_area, b.common_area FROM personal_account a"
                    + " JOIN premises p ON p.id = a.premises_id JOIN building b ON b.id = p.building_id WHERE a.id = ?"), accountId);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                building = rs.getLong(1);
                premisesArea = rs.getBigDecimal(2).stripTrailingZeros();
                totalArea = rs.getBigDecimal(3).stripTrailingZeros();
                commonArea = rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).stripTrailingZeros();
            }
            // The building's house meters by service: the month's volume is their sum, or none when one had no reading.
            Map<Long, HouseMeters> services = new LinkedHashMap<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT x.id, x.name, x.unit, m.int_digits,"
                    + " (SELECT r.value FROM meter_reading r WHERE r.meter_id = m.id AND r.period = ? AND r.status <> 'REFUSED'),"
                    + " COALESCE((SELECT r.value FROM meter_reading r WHERE r.meter_id = m.id AND r.period < ? AND r.status <> 'REFUSED'"
                    + " ORDER BY r.period DESC LIMIT 1), m.initial_reading) FROM meter m JOIN service x ON x.id = m.service_id"
                    + " WHERE m.building_id = ? AND m.installed_on <= ? ORDER BY x.code, m.serial"), month, month, building, month.atEndOfMonth());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    HouseMeters h = services.computeIfAbsent(rs.getLong(1), k -> new HouseMeters());
                    h.name = rs.getString(2);
                    h.unit = rs.getString(3);
                    BigDecimal current = rs.getBigDecimal(5);
                    if (current == null) {
                        h.missing = true;
                    } else {
                        h.volume = h.volume.add(MeteredVolume.betweenReadings(rs.getBigDecimal(6), current, rs.getInt(4)));
                    }
                }
            }
            List<CommonRow> rows = new ArrayList<>();
            for (Map.Entry<Long, HouseMeters> e : services.entrySet()) {
                long service = e.getKey();
                BigDecimal house = e.getValue().missing ? null : e.getValue().volume;
                BigDecimal norm = decimalOrNull(c, "SELECT t.common_norm FROM tariff t WHERE t.service_id = ? AND (t.building_id = ?"
                        + " OR t.building_code = '*') AND t.valid_from <= ? ORDER BY t.building_id IS NULL, t.valid_from DESC LIMIT 1",
                        service, building, month.atDay(1));
                // The premises' consumption as the close summed it: a volume by norm raised by 1.5 (no meter where one could
                // be) counts before the factor.
                BigDecimal individual = decimal(c, "SELECT SUM(CASE WHEN ch.volume_basis = 'NORM' AND a.meter_possible AND NOT EXISTS"
                        + " (SELECT 1 FROM meter mm WHERE mm.account_id = a.id AND mm.service_id = ch.service_id)"
                        + " THEN ROUND(ch.volume / 1.5, 6) ELSE ch.volume END) FROM charge ch JOIN personal_account a ON a.id = ch.account_id"
                        + " JOIN premises p ON p.id = a.premises_id WHERE p.building_id = ? AND ch.service_id = ? AND ch.period = ?",
                        building, service, month);
                BigDecimal chargedVolume = decimalOrNull(c, "SELECT common_volume FROM charge WHERE account_id = ? AND service_id = ? AND period = ?",
                        accountId, service, month);
                BigDecimal chargedAmount = decimalOrNull(c, "SELECT common_amount FROM charge WHERE account_id = ? AND service_id = ? AND period = ?",
                        accountId, service, month);
                BigDecimal common = house == null ? null : CommonPropertyShare.commonVolume(house, individual).orElse(BigDecimal.ZERO);
                BigDecimal share = common == null || common.signum() == 0 ? null
                        : CommonPropertyShare.share(common, premisesArea, totalArea, null, null);
                BigDecimal cap = norm == null || commonArea == null ? null
                        : norm.multiply(commonArea).multiply(premisesArea).divide(totalArea, 6, RoundingMode.HALF_UP);
                rows.add(new CommonRow(e.getValue().name, UnitLabel.of(e.getValue().unit), strip(house), strip(individual),
                        strip(common), totalArea, premisesArea, strip(share), strip(cap), strip(chargedVolume), chargedAmount));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The details of the company that serves the account (Реквизиты УК). */
    public OrganizationDetails company(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            return organizations.byId(Sql.queryLong(c, 0, "SELECT organization_id FROM personal_account WHERE id = ?", accountId)).details();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a payment came, as residents say it. */
    static String channel(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "BANK" -> "банк";
            case "ONLINE" -> "онлайн";
            case "CASH" -> "касса";
            case "POST" -> "почта";
            case "TERMINAL" -> "терминал";
            default -> code;
        };
    }

    /** "2026-10 1234.56,2026-09 987.00" → the receipts, in that order. */
    private static List<ResidentCabinet.ReceiptEntry> receipts(String latest) {
        if (latest == null) {
            return List.of();
        }
        return Arrays.stream(latest.split(",")).map(item -> item.split(" "))
                .map(pair -> new ResidentCabinet.ReceiptEntry(YearMonth.parse(pair[0]), new BigDecimal(pair[1]))).toList();
    }

    /**
     * The account's services, those of its last statement (the late fee not among them), with the rate in force today:
     * the building's own tariff, else the one for all buildings.
     */
    private static List<CurrentRates.Rate> services(Map<Long, CurrentRates.Rate> rates, String billed) {
        if (billed == null) {
            return List.of();
        }
        return Arrays.stream(billed.split(",")).map(id -> rates.get(Long.valueOf(id))).filter(Objects::nonNull)
                .sorted(Comparator.comparing(CurrentRates.Rate::code)).toList();
    }

    /** A service's house meters in a month: their summed volume, or missing when one had no reading. */
    private static final class HouseMeters {
        String name;
        String unit;
        BigDecimal volume = BigDecimal.ZERO;
        boolean missing;
    }

    private static BigDecimal decimalOrNull(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getBigDecimal(1) : null;
        }
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    private static BigDecimal decimal(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            return orZero(rs.next() ? rs.getBigDecimal(1) : null);
        }
    }

    /** A sum over no rows (SQL's null) is zero roubles. */
    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v;
    }
}
