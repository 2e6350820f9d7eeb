package ru.gkh.cabinet.application.messaging;

import java.sql.Connection;
import java.sql.SQLException;

/** Queues one SMS in the outbox, in the caller's transaction, for {@link OutboxDispatcher} to send. */
public final class SmsQueue {

    private SmsQueue() {
    }

    /** {@code subject} is for staff reading the outbox; the text is what the phone shows. */
    public static void queue(Connection c, Long organizationId, String phone, String subject, String text, String dedupKey)
            throws SQLException {
        EmailQueue.insert(c, organizationId, "SMS", phone, subject, text, dedupKey);
    }
}
