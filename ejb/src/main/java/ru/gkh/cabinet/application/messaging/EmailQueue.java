package ru.gkh.cabinet.application.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Queues one email in the outbox, in the caller's transaction (its connection), for {@link OutboxDispatcher} to send.
 * The dedup key names the cause: the same cause never queues a second message.
 */
public final class EmailQueue {

    private EmailQueue() {
    }

    /** {@code organizationId} may be null for mail about a user rather than an organization's business. */
    public static void queue(Connection c, Long organizationId, String recipient, String subject, String body, String dedupKey)
            throws SQLException {
        insert(c, organizationId, "EMAIL", recipient, subject, body, dedupKey);
    }

    /** One outbox row of either channel; a second row for the same dedup key is ignored. */
    static void insert(Connection c, Long organizationId, String channel, String recipient, String subject, String body, String dedupKey)
            throws SQLException {
        Sql.update(c, "INSERT IGNORE INTO outbox_message (organization_id, channel, recipient, subject, body, dedup_key)"
                + " VALUES (?, ?, ?, ?, ?, ?)", organizationId, channel, recipient, subject, body, dedupKey);
    }
}
