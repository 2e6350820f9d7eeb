package ru.gkh.cabinet.application.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import ru.gkh.cabinet.domain.model.messaging.RetrySchedule;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Sends one outbox SMS in a transaction of its own, the row locked with SKIP LOCKED as for mail. Without a gateway
 * that delivers, the SMS is KEPT in the outbox for staff to read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsDelivery {

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    public MailDelivery.Outcome deliver(long id, SmsGateway gateway, RetrySchedule retries) {
        try (Connection c = ds.getConnection()) {
            String phone;
            String text;
            int attempts;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT recipient, body, attempts FROM outbox_message"
                    + " WHERE id = ? AND channel = 'SMS' AND status = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP(3)"
                    + " FOR UPDATE SKIP LOCKED"), id);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return MailDelivery.Outcome.TAKEN;
                }
                phone = rs.getString(1);
                text = rs.getString(2);
                attempts = rs.getInt(3);
            }
            if (!gateway.delivers()) {
                Sql.update(c, "UPDATE outbox_message SET status = 'KEPT', last_error = NULL WHERE id = ?", id);
                return MailDelivery.Outcome.SENT;
            }
            try {
                gateway.send(phone, text);
            } catch (SmsGateway.SmsNotSent e) {
                OutboxAttempts.failed(c, id, attempts, e, retries);
                return e.providerDown() ? MailDelivery.Outcome.SERVER_DOWN : MailDelivery.Outcome.FAILED;
            }
            OutboxAttempts.sent(c, id);
            return MailDelivery.Outcome.SENT;
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox message " + id, e);
        }
    }
}
