package ru.gkh.cabinet.application.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.domain.model.messaging.RetrySchedule;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Sends the outbox's due mail every few seconds over one SMTP connection per round, and its due SMS through the
 * {@link SmsGateway}. When the mail server or SMS provider cannot be reached the round stops at the first message (it
 * alone counts the attempt); everything waits in the outbox and goes out once the server is back. Every node of a cluster runs it: the row locks of {@link MailDelivery} keep them apart.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int ROUND = 500;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @Resource(lookup = "mail/cabinet")
    private Session mail;

    @EJB
    private MailDelivery delivery;

    @EJB
    private SmsDelivery smsDelivery;

    @Inject
    SmsGateway sms;

    @Inject
    @ConfigProperty(name = "cabinet.outbox.retry-initial-seconds", defaultValue = "30")
    long retryInitialSeconds;

    @Inject
    @ConfigProperty(name = "cabinet.outbox.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "cabinet.outbox.max-attempts", defaultValue = "30")
    int maxAttempts;

    /** A round still sending when the next is due lets it pass rather than queue behind it. */
    private final AtomicBoolean sending = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox dispatcher")
    public void dispatch() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            RetrySchedule retries = new RetrySchedule(Duration.ofSeconds(retryInitialSeconds),
                    Duration.ofSeconds(Math.max(retryMaxSeconds, retryInitialSeconds)), maxAttempts);
            // Mail and SMS go by separate rounds: a mail server that is down does not hold the codes back, nor the reverse.
            List<Long> due;
            while (!(due = due("EMAIL")).isEmpty() && send(due, retries)) {
                // next batch
            }
            while (!(due = due("SMS")).isEmpty() && sendSms(due, retries)) {
                // next batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; the next one tries again", e);
        } finally {
            sending.set(false);
        }
    }

    /** Sends a batch over one connection; false when the server is down, or nothing more went out (the rest waits). */
    private boolean send(List<Long> ids, RetrySchedule retries) {
        int sent = 0;
        try (Transport transport = mail.getTransport()) {
            for (long id : ids) {
                MailDelivery.Outcome outcome = delivery.deliver(id, transport, retries);
                if (outcome == MailDelivery.Outcome.SERVER_DOWN) {
                    LOG.info("Mail server unreachable; outbox message " + id + " will be tried again later");
                    return false;
                }
                if (outcome == MailDelivery.Outcome.SENT) {
                    sent++;
                }
            }
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException(e);
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing the SMTP connection", e);
        }
        return sent > 0;
    }

    /** Sends a batch of SMS through the gateway; false when the provider is down, or nothing more went out. */
    private boolean sendSms(List<Long> ids, RetrySchedule retries) {
        int sent = 0;
        for (long id : ids) {
            MailDelivery.Outcome outcome = smsDelivery.deliver(id, sms, retries);
            if (outcome == MailDelivery.Outcome.SERVER_DOWN) {
                LOG.info("SMS provider unreachable; outbox message " + id + " will be tried again later");
                return false;
            }
            if (outcome == MailDelivery.Outcome.SENT) {
                sent++;
            }
        }
        return sent > 0;
    }

    private List<Long> due(String channel) {
        try (Connection c = ds.getConnection()) {
            return Sql.queryLongs(c, "SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP(3)"
                    + " AND channel = ? ORDER BY id LIMIT " + ROUND, channel);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
