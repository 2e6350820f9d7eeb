package ru.gkh.cabinet.application.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.receipts.Receipts;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The outbox as staff see it: every message the cabinet sends, pending (waiting or retrying, with the last error),
 * sent, failed (given up after the last retry) or kept (an SMS with no gateway configured), and sending a failed one again. Messages are queued by their cause,
 * in its transaction (receipts: {@code Receipts.generate}); {@link OutboxDispatcher} sends them.
 */
@Stateless
public class Outbox {

    public static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED", "KEPT");

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** The organization's newest messages, of one status or all ({@code status} null), at most {@code limit}. */
    public List<OutboxMessage> list(StaffMember staff, String organizationCode, String status, int limit) {
        Organization org = organizations.actingFor(staff, organizationCode);
        if (status != null && !STATUSES.contains(status)) {
            throw Refusal.invalid("Неизвестное состояние «" + status + "»: PENDING, SENT, FAILED или KEPT");
        }
        List<OutboxMessage> list = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT o.id, o.channel, o.recipient, o.subject, o.status, o.attempts,"
                     + " o.created_at, o.next_attempt_at, o.sent_at, o.last_error, a.number, r.period,"
                     + " CASE WHEN o.channel = 'SMS' THEN o.body END FROM outbox_message o"
                     + " LEFT JOIN receipt r ON r.id = o.receipt_id LEFT JOIN personal_account a ON a.id = r.account_id"
                     + " WHERE o.organization_id = ?" + (status == null ? "" : " AND o.status = '" + status + "'")
                     + " ORDER BY o.id DESC LIMIT ?"), org.id(), limit);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String attachment = rs.getString(11) == null ? null
                        : Receipts.fileName(rs.getString(11), Sql.month(rs, 12));
                list.add(new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), rs.getString(10), attachment, rs.getString(13)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** Counts by status for the organization: how much waits, went out, failed. */
    public java.util.Map<String, Long> counts(StaffMember staff, String organizationCode) {
        Organization org = organizations.actingFor(staff, organizationCode);
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT status, COUNT(*) FROM outbox_message WHERE organization_id = ?"
                     + " GROUP BY status"), org.id());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** A failed message goes back to the queue, to be tried again now, with a fresh count of attempts. */
    public void retry(StaffMember staff, String organizationCode, long id) {
        Organization org = organizations.actingFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            int n = Sql.update(c, "UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = CURRENT_TIMESTAMP(3)"
                    + " WHERE id = ? AND organization_id = ? AND status = 'FAILED'", id, org.id());
            if (n == 0) {
                throw Refusal.conflict("Сообщение " + id + " не найдено среди неотправленных");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
