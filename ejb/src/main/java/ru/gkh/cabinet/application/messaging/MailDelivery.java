package ru.gkh.cabinet.application.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.receipts.Receipts;
import ru.gkh.cabinet.domain.model.messaging.RetrySchedule;
import ru.gkh.cabinet.infrastructure.mail.OutboxMail;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Sends one outbox message in a transaction of its own. The row is locked with SKIP LOCKED while it is sent, so two
 * nodes (or two rounds) never send it both; SENT is written in the same transaction. A failure is recorded with its
 * error and the time of the next attempt.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDelivery {

    /** What became of an attempt. SERVER_DOWN: the mail server could not be reached, so the round stops there. */
    public enum Outcome { SENT, FAILED, SERVER_DOWN, TAKEN }

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @Resource(lookup = "mail/cabinet")
    private Session mail;

    public Outcome deliver(long id, Transport transport, RetrySchedule retries) {
        try (Connection c = ds.getConnection()) {
            OutboxMail message;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT recipient, subject, body, receipt_id, attempts FROM outbox_message"
                    + " WHERE id = ? AND channel = 'EMAIL' AND status = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP(3) FOR UPDATE SKIP LOCKED"), id);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Outcome.TAKEN;   // sent meanwhile, or being sent by another node
                }
                message = new OutboxMail(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5));
            }
            if (message.receiptId() != 0) {
                attach(c, message);
            }
            try {
                if (!transport.isConnected()) {
                    transport.connect();
                }
                var mime = message.toMime(mail);
                transport.sendMessage(mime, mime.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                // A refused or malformed address is this message's fault; anything else is the server's.
                boolean serverDown = !(e instanceof SendFailedException || e instanceof AddressException || e instanceof RuntimeException);
                OutboxAttempts.failed(c, id, message.attempts(), e, retries);
                return serverDown ? Outcome.SERVER_DOWN : Outcome.FAILED;
            }
            OutboxAttempts.sent(c, id);
            return Outcome.SENT;
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox message " + id, e);
        }
    }

    private static void attach(Connection c, OutboxMail message) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT r.pdf, a.number, r.period FROM receipt r"
                + " JOIN personal_account a ON a.id = r.account_id WHERE r.id = ?"), message.receiptId());
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                message.attach(Receipts.fileName(rs.getString(2), Sql.month(rs, 3)), rs.getBytes(1));
            }
        }
    }
}
