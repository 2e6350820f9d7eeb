package ru.gkh.cabinet.application.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Queues one email in the outbox, in the caller's transaction (its connection), for {@link MailDispatcher} to send.
 * The dedup key names the cause: the same cause never queues a second message.
 */
public final class EmailQueue {

    private EmailQueue() {
    }

    /** {@code organizationId} may be null for mail about a user rather than an organization's business. */
    public static void queue(Connection c, Long organizationId, String recipient, String subject, String body, String dedupKey)
            throws SQLException {
        Sql.update(c, "INSERT IGNORE INTO outbox_message (organization_id, channel, recipient, subject, body, dedup_key)"
                + " VALUES (?, 'EMAIL', ?, ?, ?, ?)", organizationId, recipient, subject, body, dedupKey);
    }
}
