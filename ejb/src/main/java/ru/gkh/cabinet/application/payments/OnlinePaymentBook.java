package ru.gkh.cabinet.application.payments;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.billing.PaymentMark;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.application.residents.CheckedLinks;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.Move;
import ru.gkh.cabinet.domain.model.payment.OnlinePaymentState;
import ru.gkh.cabinet.domain.model.payment.PaymentAmount;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The cabinet's books of online payments: a payment started, accepted by the acquirer, and settled by the acquirer's
 * word. Settling locks the payment's row, so two notifications of one payment, or a notification and the resident's
 * return, take turns; the posted payment has the acquirer's id as its external id (unique per organization), so a
 * bank registry that lists the same payment meets it instead of adding a second one.
 */
@Stateless
public class OnlinePaymentBook {

    @Inject
    CheckedLinks links;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** An online payment as the cabinet keeps it. */
    public record OnlinePayment(long id, long organizationId, long accountId, String accountNumber, String provider, String idempotenceKey,
                                String providerPaymentId, BigDecimal amount, OnlinePaymentState state, String providerStatus,
                                String confirmationUrl, String cancellationReason, LocalDate paidOn, Long paymentId, Long reversalId,
                                Instant createdAt, Instant updatedAt) {
    }

    /** One word from the acquirer and what became of it. */
    public record Event(Instant at, String source, String event, String outcome, String ip) {
    }

    /** What a settlement did. */
    public enum Result { APPLIED, REPEAT, UNKNOWN, MISMATCH, NOT_BORNE_OUT }

    /**
     * The payment the resident starts, made once per idempotence key: the same key (a second click, a retry after the
     * acquirer was unreachable) returns the payment made the first time. Refused unless the user linked the account.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OnlinePayment open(String login, long accountId, BigDecimal amount, String idempotenceKey, String provider) {
        try (Connection c = ds.getConnection()) {
            long user = links.require(c, login, accountId);
            BigDecimal sum;
            try {
                sum = PaymentAmount.check(amount);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid(e.getMessage());
            }
            Sql.update(c, "INSERT IGNORE INTO online_payment (organization_id, account_id, user_id, provider, idempotence_key, amount)"
                    + " SELECT organization_id, id, ?, ?, ?, ? FROM personal_account WHERE id = ?", user, provider, idempotenceKey, sum, accountId);
            OnlinePayment p = one(c, "o.idempotence_key = ?", idempotenceKey);
            if (p == null || p.accountId() != accountId) {
                throw Refusal.conflict("Этот платёж уже начат по другому лицевому счёту: обновите страницу");
            }
            return p;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The acquirer made the payment: the resident can go to its page. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accepted(long id, PaymentGateway.ProviderPayment at) {
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "UPDATE online_payment SET provider_payment_id = ?, provider_status = ?, confirmation_url = ?, state = 'PENDING',"
                    + " updated_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND state = 'NEW'", at.id(), at.status(), at.confirmationUrl(), id);
            event(c, id, null, at.id(), "CREATE", at.status(), "создан у эквайера", null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Applies the acquirer's word about one of its payments (asked of the acquirer, never taken from a notification):
     * moves the state, posts the payment or its reversal, queues the email receipt, and logs the word with what it did.
     * A notification's {@code claimed} status the acquirer does not bear out changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result settle(String provider, PaymentGateway.ProviderPayment truth, String claimed, String source, String event, String ip) {
        try (Connection c = ds.getConnection()) {
            OnlinePayment p = one(c, "o.provider = ? AND o.provider_payment_id = ? FOR UPDATE", provider, truth.id());
            if (p == null) {
                event(c, null, provider, truth.id(), source, event, "платёж не наш: не найден", ip);
                return Result.UNKNOWN;
            }
            if (truth.amount().compareTo(p.amount()) != 0 || !"RUB".equals(truth.currency())) {
                event(c, p.id(), provider, truth.id(), source, event, "сумма у эквайера " + truth.amount() + " " + truth.currency()
                        + " не равна сумме платежа " + p.amount() + " RUB: не учтён", ip);
                return Result.MISMATCH;
            }
            if (claimed != null && !p.state().bearsOut(claimed, truth.status())) {
                event(c, p.id(), provider, truth.id(), source, event, "отклонено: эквайер не подтверждает «" + claimed + "» (у него «"
                        + truth.status() + "»)", ip);
                return Result.NOT_BORNE_OUT;
            }
            OnlinePaymentState next = p.state().next(truth.status());
            Move move = p.state().moveTo(next);
            String outcome = switch (move) {
                case NOTHING -> "повтор: состояние «" + p.state().label() + "» уже учтено";
                case CHANGE_STATE -> "состояние «" + next.label() + "»";
                case POST_PAYMENT -> postPayment(c, p, truth);
                case POST_REVERSAL -> postReversal(c, p);
            };
            if (move != Move.NOTHING) {
                Sql.update(c, "UPDATE online_payment SET state = ?, provider_status = ?, cancellation_reason = COALESCE(?, cancellation_reason),"
                        + " updated_at = CURRENT_TIMESTAMP(3) WHERE id = ?", next.name(), truth.status(), truth.cancellationReason(), p.id());
            } else if (!truth.status().equals(p.providerStatus())) {
                Sql.update(c, "UPDATE online_payment SET provider_status = ? WHERE id = ?", truth.status(), p.id());
            }
            event(c, p.id(), provider, truth.id(), source, event, outcome, ip);
            return move == Move.NOTHING ? Result.REPEAT : Result.APPLIED;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The payment, dated the day the acquirer took the money (the cabinet's time zone). A payment of that id already
     * loaded from the bank registry is the same payment when its account and amount agree: it is linked, not repeated.
     */
    private String postPayment(Connection c, OnlinePayment p, PaymentGateway.ProviderPayment truth) throws SQLException {
        LocalDate paidOn = truth.capturedAt() == null ? LocalDate.now() : LocalDate.ofInstant(truth.capturedAt(), ZoneId.systemDefault());
        PaymentMark.beforeWritingPayments(c, p.organizationId());
        int inserted = Sql.update(c, "INSERT IGNORE INTO payment (organization_id, external_id, paid_on, account_id, amount, channel)"
                + " VALUES (?, ?, ?, ?, ?, 'ONLINE')", p.organizationId(), truth.id(), paidOn, p.accountId(), p.amount());
        long payment;
        BigDecimal amount;
        long account;
        LocalDate dated;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, amount, account_id, paid_on FROM payment"
                + " WHERE organization_id = ? AND external_id = ?"), p.organizationId(), truth.id());
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            payment = rs.getLong(1);
            amount = rs.getBigDecimal(2);
            account = rs.getLong(3);
            dated = Sql.date(rs, 4);
        }
        if (inserted == 0 && (amount.compareTo(p.amount()) != 0 || account != p.accountId())) {
            // The registry has another payment under this id: nothing is posted twice; accountants sort it out.
            Sql.update(c, "UPDATE online_payment SET paid_on = ? WHERE id = ?", paidOn, p.id());
            return "оплачено, но в реестре банка под этим номером другой платёж (счёт или сумма): не учтён, нужна сверка";
        }
        Sql.update(c, "UPDATE online_payment SET payment_id = ?, paid_on = ? WHERE id = ?", payment, dated, p.id());
        receipt(c, p, dated);
        return inserted == 0 ? "оплачено; этот платёж уже загружен из реестра банка — учтён один раз" : "оплачено: платёж учтён";
    }

    /** A cancellation after success: a reversal dated today, never an edit of the posted payment. */
    private String postReversal(Connection c, OnlinePayment p) throws SQLException {
        if (p.paymentId() == null) {
            return "отменено эквайером после оплаты; платёж не был учтён — нечего сторнировать";
        }
        PaymentMark.beforeWritingPayments(c, p.organizationId());
        Sql.update(c, "INSERT IGNORE INTO payment (organization_id, external_id, paid_on, account_id, amount, channel, reverses_id)"
                + " VALUES (?, ?, ?, ?, ?, 'ONLINE', ?)", p.organizationId(), p.providerPaymentId() + "/отмена", LocalDate.now(),
                p.accountId(), p.amount().negate(), p.paymentId());
        long reversal = Sql.queryLong(c, -1, "SELECT id FROM payment WHERE organization_id = ? AND external_id = ?", p.organizationId(),
                p.providerPaymentId() + "/отмена");
        // The link that keeps a payment reversed once (V24); the reversal row names it too, for the close to read.
        Sql.update(c, "INSERT IGNORE INTO payment_reversal (reverses_id, payment_id) VALUES (?, ?)", p.paymentId(), reversal);
        Sql.update(c, "UPDATE online_payment SET reversal_id = ? WHERE id = ?", reversal, p.id());
        return "отменено эквайером после оплаты: учтено сторно на " + p.amount() + " руб.";
    }

    /** The email receipt of payment, to the resident who paid (if they are still registered). */
    private static void receipt(Connection c, OnlinePayment p, LocalDate paidOn) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT u.email, g.name FROM online_payment o JOIN user_account u ON u.id = o.user_id"
                + " JOIN organization g ON g.id = o.organization_id WHERE o.id = ? AND u.email IS NOT NULL"), p.id());
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                String body = "Здравствуйте!\n\nОплата принята.\n\nПолучатель: " + rs.getString(2) + "\nЛицевой счёт: " + p.accountNumber()
                        + "\nСумма: " + p.amount().toPlainString().replace('.', ',') + " руб.\nДата: "
                        + paidOn.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + "\nНомер платежа: " + p.providerPaymentId()
                        + "\n\nПлатёж уменьшил задолженность на странице «Главная» личного кабинета.\n";
                EmailQueue.queue(c, p.organizationId(), rs.getString(1), "Оплата по лицевому счёту " + p.accountNumber() + " принята",
                        body, "online-payment-receipt:" + p.id());
            }
        }
    }

    /** A word about a payment the cabinet does not know, or could not check: logged, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String provider, String providerPaymentId, String source, String event, String outcome, String ip) {
        try (Connection c = ds.getConnection()) {
            long id = providerPaymentId == null ? -1 : Sql.queryLong(c, -1,
                    "SELECT id FROM online_payment WHERE provider = ? AND provider_payment_id = ?", provider, providerPaymentId);
            event(c, id < 0 ? null : id, provider, providerPaymentId, source, event, outcome, ip);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- residents ---

    /** One of the user's payments; "not found" for another's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OnlinePayment ofResident(String login, long id) {
        try (Connection c = ds.getConnection()) {
            OnlinePayment p = one(c, "o.id = ?", id);
            if (p == null || !links.linked(c, login, p.accountId())) {
                throw Refusal.notFound("Платёж не найден");
            }
            return p;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account's online payments, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OnlinePayment> ofAccount(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            return list(c, "o.account_id = ? ORDER BY o.id DESC LIMIT 50", accountId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- staff ---

    /**
     * Accountants' search of the organization's online payments: by account number, by the day made (from, to), by id
     * (the acquirer's, or the cabinet's number); each criterion may be empty. Newest first, at most 200.
     */
    public List<OnlinePayment> search(StaffMember staff, String organizationCode, String account, LocalDate from, LocalDate to, String id) {
        Organization org = accountantFor(staff, organizationCode);
        StringBuilder where = new StringBuilder("o.organization_id = ?");
        List<Object> params = new ArrayList<>(List.of(org.id()));
        if (account != null && !account.isBlank()) {
            where.append(" AND a.number = ?");
            params.add(account.strip());
        }
        if (from != null) {
            where.append(" AND o.created_at >= ?");
            params.add(Timestamp.valueOf(from.atStartOfDay()));
        }
        if (to != null) {
            where.append(" AND o.created_at < ?");
            params.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        if (id != null && !id.isBlank()) {
            String v = id.strip();
            where.append(" AND (o.provider_payment_id = ?").append(v.matches("\\d{1,18}") ? " OR o.id = ?)" : ")");
            params.add(v);
            if (v.matches("\\d{1,18}")) {
                params.add(Long.parseLong(v));
            }
        }
        where.append(" ORDER BY o.id DESC LIMIT 200");
        try (Connection c = ds.getConnection()) {
            return list(c, where.toString(), params.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words from the acquirer about one of the organization's payments, oldest first. */
    public List<Event> events(StaffMember staff, String organizationCode, long id) {
        Organization org = accountantFor(staff, organizationCode);
        List<Event> events = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT e.received_at, e.source, e.event, e.outcome, e.ip FROM online_payment_event e"
                     + " JOIN online_payment o ON o.id = e.online_payment_id WHERE o.id = ? AND o.organization_id = ? ORDER BY e.id"), id, org.id());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The organization's payment for a staff action (a status check): "not found" for another organization's. */
    public OnlinePayment forStaff(StaffMember staff, String organizationCode, long id) {
        Organization org = accountantFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            OnlinePayment p = one(c, "o.id = ? AND o.organization_id = ?", id, org.id());
            if (p == null) {
                throw Refusal.notFound("Платёж " + id + " не найден");
            }
            return p;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Payments still open at the acquirer, started between {@code olderThan} and {@code newerThan} ago: to be asked about. */
    public List<OnlinePayment> undecided(Instant startedBefore, Instant startedAfter) {
        try (Connection c = ds.getConnection()) {
            return list(c, "o.state = 'PENDING' AND o.created_at < ? AND o.created_at > ? ORDER BY o.id LIMIT 500",
                    Timestamp.from(startedBefore), Timestamp.from(startedAfter));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Organization accountantFor(StaffMember staff, String organizationCode) {
        if (!staff.has(Role.ACCOUNTANT) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Онлайн-платежи смотрят бухгалтеры и администраторы");
        }
        return organizations.actingFor(staff, organizationCode);
    }

    // --- rows ---

    private static final String SELECT = "SELECT o.id, o.organization_id, o.account_id, a.number, o.provider, o.idempotence_key,"
            + " o.provider_payment_id, o.amount, o.state, o.provider_status, o.confirmation_url, o.cancellation_reason, o.paid_on,"
            + " o.payment_id, o.reversal_id, o.created_at, o.updated_at FROM online_payment o JOIN personal_account a ON a.id = o.account_id WHERE ";

    private static OnlinePayment one(Connection c, String where, Object... params) throws SQLException {
        List<OnlinePayment> list = list(c, where, params);
        return list.isEmpty() ? null : list.get(0);
    }

    private static List<OnlinePayment> list(Connection c, String where, Object... params) throws SQLException {
        List<OnlinePayment> list = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(SELECT + where), params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new OnlinePayment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getBigDecimal(8), OnlinePaymentState.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
                        rs.getString(12), Sql.date(rs, 13), (Long) rs.getObject(14, Long.class),
                        rs.getObject(15, Long.class), rs.getTimestamp(16).toInstant(), rs.getTimestamp(17).toInstant()));
            }
        }
        return list;
    }

    private static void event(Connection c, Long onlinePaymentId, String provider, String providerPaymentId, String source, String event,
                              String outcome, String ip) throws SQLException {
        Sql.update(c, "INSERT INTO online_payment_event (online_payment_id, provider, provider_payment_id, source, event, outcome, ip)"
                        + " VALUES (?, COALESCE(?, (SELECT provider FROM online_payment WHERE id = ?)), ?, ?, ?, ?, ?)",
                onlinePaymentId, provider, onlinePaymentId, cut(providerPaymentId, 100), source, cut(event, 40), cut(outcome, 300), ip);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
