package ru.gkh.cabinet.application.receipts;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;
import ru.gkh.cabinet.domain.model.receipt.PaymentQrCode;
import ru.gkh.cabinet.domain.model.receipt.ReceiptDocument;
import ru.gkh.cabinet.domain.model.receipt.UnitLabel;
import ru.gkh.cabinet.infrastructure.pdf.ReceiptPdf;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The payment documents of closed periods. {@link #generate} makes the receipts of a chunk of accounts in one
 * transaction, with the mail of each one whose holder chose email delivery queued in the outbox in that same
 * transaction; a receipt, once made, never changes (the unique key (account, period) makes a second run add nothing).
 */
@Stateless
public class Receipts {

    /** Late fees are billed as this service; on the receipt they are a total of their own, not a line. */
    private static final String PENI = "PENI";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** May {@code staff} make and download receipts (api.md: ACCOUNTANT or ADMIN)? Refuses otherwise. */
    public Organization actingFor(StaffMember staff, String organizationCode) {
        if (!staff.has(Role.ACCOUNTANT) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Квитанции формирует и выдаёт бухгалтер или администратор");
        }
        return organizations.actingFor(staff, organizationCode);
    }

    /**
     * Prepares a run for a closed period: refuses an open period and a payee whose details the QR code cannot carry;
     * returns how many receipts the run will make (one account's, when {@code accountNumber} is given).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Run prepare(long organizationId, YearMonth month, String accountNumber) {
        try (Connection c = ds.getConnection()) {
            String status = null;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT status FROM billing_period WHERE organization_id = ? AND period = ?"
                    + " FOR UPDATE"), organizationId, month); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    status = rs.getString(1);
                }
            }
            if (!"CLOSED".equals(status)) {
                throw Refusal.conflict("Период " + month + (status == null ? " не найден" : " ещё не закрыт")
                        + ": квитанции формируются по закрытому периоду");
            }
            OrganizationDetails payee = organizations.byId(organizationId).details();
            try {
                new PaymentQrCode(payee, "0", null, null, month, BigDecimal.ZERO);
            } catch (IllegalArgumentException e) {
                throw Refusal.conflict(e.getMessage());
            }
            Long account = null;
            if (accountNumber != null) {
                account = Sql.queryLong(c, -1, "SELECT id FROM personal_account WHERE organization_id = ? AND number = ?",
                        organizationId, accountNumber);
                if (account < 0) {
                    throw Refusal.notFound("Лицевого счёта " + accountNumber + " нет");
                }
            }
            long total = Sql.queryLong(c, 0, "SELECT COUNT(*) FROM personal_account a WHERE a.organization_id = ?" + PENDING
                    + (account == null ? "" : " AND a.id = " + account), organizationId, month, month);
            if (account == null) {
                Sql.update(c, "UPDATE billing_period SET receipts_total = ?, receipts_done = 0 WHERE organization_id = ? AND period = ?",
                        total, organizationId, month);
            }
            return new Run(account, (int) total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run about to start: one account's (its id) or the whole period's (null), and how many receipts it will make. */
    public record Run(Long account, int receipts) {
    }

    /** Accounts billed in the period that have no receipt for it yet. */
    private static final String PENDING = " AND EXISTS (SELECT 1 FROM account_statement s WHERE s.account_id = a.id AND s.period = ?)"
            + " AND NOT EXISTS (SELECT 1 FROM receipt r WHERE r.account_id = a.id AND r.period = ?)";

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExecution(long organizationId, YearMonth month, long execution) {
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "UPDATE billing_period SET receipts_execution_id = ? WHERE organization_id = ? AND period = ?", execution,
                    organizationId, month);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The execution that makes (or made) the period's receipts, or null. */
    public Long execution(long organizationId, YearMonth month) {
        try (Connection c = ds.getConnection()) {
            long id = Sql.queryLong(c, -1, "SELECT receipts_execution_id FROM billing_period WHERE organization_id = ? AND period = ?",
                    organizationId, month);
            return id < 0 ? null : id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A partition's accounts still without a receipt after {@code afterId}, in id order: the job's unit of work and
     * checkpoint. Partition {@code partition} of {@code partitions} takes the ids whose remainder is its number;
     * {@code only}, when given, narrows it to that one account.
     */
    public List<Long> accountsAfter(long organizationId, YearMonth month, Long only, long afterId, int limit, int partitions, int partition) {
        try (Connection c = ds.getConnection()) {
            return Sql.queryLongs(c, "SELECT a.id FROM personal_account a WHERE a.organization_id = ?"
                    + (only == null ? "" : " AND a.id = " + only) + " AND a.id > ? AND MOD(a.id, ?) = ?" + PENDING
                    + " ORDER BY a.id LIMIT ?", organizationId, afterId, partitions, partition, month, month, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the receipts of these accounts for the period and queues their mail; returns how many were made. */
    public int generate(long organizationId, YearMonth month, List<Long> accounts) {
        if (accounts.isEmpty()) {
            return 0;
        }
        OrganizationDetails payee = organizations.byId(organizationId).details();
        String in = Sql.idList(accounts);
        try (Connection c = ds.getConnection()) {
            Map<Long, Holder> holders = holders(c, in);
            Map<Long, Map<String, Line>> lines = lines(c, in, month);
            Map<Long, List<ReceiptDocument.MeterRow>> meters = meters(c, in, month);
            int made = 0;
            List<Long> rendered = new ArrayList<>();
            try (PreparedStatement insert = Sql.batchInsert(c, "INSERT IGNORE INTO receipt (account_id, period, total_due, pdf) VALUES (?,?,?,?)")) {
                for (long account : accounts) {
                    Holder h = holders.get(account);
                    Map<String, Line> byService = lines.get(account);
                    if (h == null || byService == null) {
                        continue;   // not billed in this period (opened later): no receipt
                    }
                    ReceiptDocument doc = document(payee, h, month, byService, meters.getOrDefault(account, List.of()));
                    Sql.bind(insert, account, month, doc.totalDue(), ReceiptPdf.render(doc));
                    insert.addBatch();
                    made++;
                    rendered.add(account);
                }
                insert.executeBatch();
            }
            queueMail(c, organizationId, month, rendered, holders);
            Sql.update(c, "UPDATE billing_period SET receipts_done = receipts_done + ? WHERE organization_id = ? AND period = ?",
                    made, organizationId, month);
            return made;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mail with the receipt attached, to each address that asked for it: the account's own (billing's choice) and
     * every linked resident who chose email for this account. The dedup key (receipt and address) keeps a rerun from
     * queueing it again.
     */
    private static void queueMail(Connection c, long organizationId, YearMonth month, List<Long> accounts, Map<Long, Holder> holders)
            throws SQLException {
        if (accounts.isEmpty()) {
            return;
        }
        String in = Sql.idList(accounts);
        List<Object[]> recipients = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.email FROM personal_account a WHERE a.id IN (" + in + ")"
                + " AND a.receipt_by_email AND a.email IS NOT NULL UNION SELECT l.account_id, u.email FROM account_link l"
                + " JOIN user_account u ON u.id = l.user_id WHERE l.account_id IN (" + in + ") AND l.receipt_by_email"
                + " AND u.status = 'ACTIVE' AND u.email IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                recipients.add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        if (recipients.isEmpty()) {
            return;
        }
        String due = month.plusMonths(1).atDay(ReceiptDocument.DUE_DAY).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        try (PreparedStatement ps = Sql.batchInsert(c, "INSERT IGNORE INTO outbox_message (organization_id, channel, recipient, subject,"
                + " body, receipt_id, dedup_key) SELECT ?, 'EMAIL', ?, ?, ?, r.id, CONCAT('receipt:', r.id, ':', ?) FROM receipt r"
                + " WHERE r.account_id = ? AND r.period = ?")) {
            for (Object[] to : recipients) {
                long account = (Long) to[0];
                String email = (String) to[1];
                Holder h = holders.get(account);
                String subject = "Квитанция за " + MONTH.format(month) + ", лицевой счёт " + h.number;
                String body = "Здравствуйте!\n\nКвитанция за " + MONTH.format(month) + " по лицевому счёту " + h.number + " (" + h.address
                        + ") — во вложении (PDF). Оплатить её можно по QR-коду в приложении любого банка до " + due
                        + ".\n\nЭто письмо отправлено автоматически: вы выбрали получение квитанций по электронной почте."
                        + " Отказаться можно в личном кабинете.";
                Sql.bind(ps, organizationId, email, subject, body, email, account, month);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One receipt's PDF, for staff; "not found" when the account or its receipt for that period does not exist. */
    public byte[] pdf(long organizationId, String accountNumber, YearMonth month) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT r.pdf FROM receipt r JOIN personal_account a ON a.id = r.account_id"
                     + " WHERE a.organization_id = ? AND a.number = ? AND r.period = ?"), organizationId, accountNumber, month);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw Refusal.notFound("Квитанции по лицевому счёту " + accountNumber + " за " + month + " нет");
            }
            return rs.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name a receipt is downloaded and mailed under: {@code receipt-100200301-2026-10.pdf}. */
    public static String fileName(String accountNumber, YearMonth month) {
        return "receipt-" + accountNumber.replaceAll("[^0-9A-Za-zА-Яа-я_-]", "_") + "-" + month + ".pdf";
    }

    private record Holder(String number, String name, int residents, String address, BigDecimal area) {
    }

    private static Map<Long, Holder> holders(Connection c, String in) throws SQLException {
        Map<Long, Holder> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.number, a.holder_name, a.residents,"
                + " b.address, p.number, p.total_area FROM personal_account a JOIN premises p ON p.id = a.premises_id"
                + " JOIN building b ON b.id = p.building_id WHERE a.id IN (" + in + ")");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getLong(1), new Holder(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5) + ", кв. " + rs.getString(6),
                        rs.getBigDecimal(7)));
            }
        }
        return m;
    }

    /** A service's month for an account: its statement, its charge (if it was charged) and the reasons of its recalculations. */
    private static final class Line {
        String name;
        String unit;
        String provider;
        BigDecimal opening;
        BigDecimal charged;
        BigDecimal recalculated;
        BigDecimal paid;
        BigDecimal volume;
        BigDecimal rate;
        BigDecimal amount;
        BigDecimal commonVolume;
        BigDecimal commonAmount;
        BigDecimal recalculationRows = BigDecimal.ZERO;
        final List<String> reasons = new ArrayList<>();
    }

    private static Map<Long, Map<String, Line>> lines(Connection c, String in, YearMonth month) throws SQLException {
        Map<Long, Map<String, Line>> m = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT s.account_id, x.code, x.name, x.unit, x.provider, s.opening,"
                + " s.charged, s.recalculated, s.paid, s.volume, s.rate, s.charge_amount, s.common_volume, s.common_amount"
                + " FROM account_statement s JOIN service x ON x.id = s.service_id WHERE s.period = ? AND s.account_id IN (" + in + ")"
                + " ORDER BY x.code"), month);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Line l = new Line();
                l.name = rs.getString(3);
                l.unit = UnitLabel.of(rs.getString(4));
                l.provider = rs.getString(5);
                l.opening = rs.getBigDecimal(6);
                l.charged = rs.getBigDecimal(7);
                l.recalculated = rs.getBigDecimal(8);
                l.paid = rs.getBigDecimal(9);
                l.volume = rs.getBigDecimal(10);
                l.rate = rs.getBigDecimal(11);
                l.amount = rs.getBigDecimal(12);
                l.commonVolume = rs.getBigDecimal(13);
                l.commonAmount = rs.getBigDecimal(14);
                m.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), l);
            }
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT r.account_id, x.code, r.reason, r.amount FROM recalculation r"
                + " JOIN service x ON x.id = r.service_id WHERE r.applied_period = ? AND r.account_id IN (" + in + ") ORDER BY r.id"), month);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Line l = m.getOrDefault(rs.getLong(1), Map.of()).get(rs.getString(2));
                if (l != null) {
                    l.reasons.add(rs.getString(3));
                    l.recalculationRows = l.recalculationRows.add(rs.getBigDecimal(4));
                }
            }
        }
        return m;
    }

    private static Map<Long, List<ReceiptDocument.MeterRow>> meters(Connection c, String in, YearMonth month) throws SQLException {
        Map<Long, List<ReceiptDocument.MeterRow>> m = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT m.account_id, m.serial, x.name,"
                + " COALESCE((SELECT r.value FROM meter_reading r WHERE r.meter_id = m.id AND r.period < ? AND r.status <> 'REFUSED'"
                + " ORDER BY r.period DESC LIMIT 1), m.initial_reading),"
                + " (SELECT r.value FROM meter_reading r WHERE r.meter_id = m.id AND r.period = ? AND r.status <> 'REFUSED')"
                + " FROM meter m JOIN service x ON x.id = m.service_id WHERE m.account_id IN (" + in + ") AND m.installed_on <= ?"
                + " ORDER BY x.code, m.serial"), month, month, month.atEndOfMonth());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ReceiptDocument.MeterRow(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
            }
        }
        return m;
    }

    /**
     * The document from the period's statements. A service's recalculated amount beyond its recalculation rows is the
     * reversal of months charged by average or norm that a reading has now measured; the receipt says so.
     */
    static ReceiptDocument document(OrganizationDetails payee, Holder h, YearMonth month, Map<String, Line> services,
                                    List<ReceiptDocument.MeterRow> meters) {
        BigDecimal opening = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal lateFee = BigDecimal.ZERO;
        List<ReceiptDocument.Line> lines = new ArrayList<>();
        for (var e : new TreeMap<>(services).entrySet()) {
            Line l = e.getValue();
            opening = opening.add(l.opening);
            paid = paid.add(l.paid);
            if (e.getKey().equals(PENI)) {
                lateFee = lateFee.add(l.charged).add(l.recalculated);
                continue;
            }
            if (l.amount == null && l.recalculated.signum() == 0) {
                continue;   // only a balance carried: it is in the opening, with no line of its own this month
            }
            List<String> reasons = new ArrayList<>(l.reasons);
            if (l.recalculated.compareTo(l.recalculationRows) != 0) {
                reasons.add("снятие начислений по среднему или нормативу за месяцы, измеренные показаниями");
            }
            // A charge row's amount excludes the common part; without a charge row the month charged nothing.
            BigDecimal amount = l.amount == null ? BigDecimal.ZERO.setScale(2) : l.amount;
            lines.add(new ReceiptDocument.Line(l.name, l.unit, l.provider, l.volume, l.rate, amount, l.commonVolume, l.commonAmount,
                    l.recalculated.signum() == 0 ? null : l.recalculated, reasons.isEmpty() ? null : String.join("; ", reasons)));
        }
        return new ReceiptDocument(payee, new ReceiptDocument.Payer(h.number, h.name, h.address, h.area, h.residents), month, lines,
                meters, opening, paid, lateFee);
    }
}
