package ru.gkh.cabinet.application.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.domain.model.messaging.RetrySchedule;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/** What an attempt to send an outbox message writes back to its row: sent, or failed with its error and the next try. */
final class OutboxAttempts {

    private OutboxAttempts() {
    }

    static void sent(Connection c, long id) throws SQLException {
        Sql.update(c, "UPDATE outbox_message SET status = 'SENT', attempts = attempts + 1, sent_at = CURRENT_TIMESTAMP(3),"
                + " last_error = NULL WHERE id = ?", id);
    }

    /** Counts the failure; after the schedule's last attempt the message is FAILED, otherwise it waits for the next. */
    static void failed(Connection c, long id, int attemptsBefore, Exception e, RetrySchedule retries) throws SQLException {
        int failures = attemptsBefore + 1;
        Sql.update(c, "UPDATE outbox_message SET attempts = ?, status = ?, last_error = ?,"
                + " next_attempt_at = CURRENT_TIMESTAMP(3) + INTERVAL ? SECOND WHERE id = ?", failures,
                retries.givesUpAfter(failures) ? "FAILED" : "PENDING", error(e), retries.delayAfter(failures).toSeconds(), id);
    }

    private static String error(Exception e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 900; t = t.getCause()) {
            s.append(s.length() == 0 ? "" : ": ").append(t.getClass().getSimpleName()).append(' ').append(t.getMessage());
        }
        return s.length() > 1000 ? s.substring(0, 1000) : s.toString();
    }
}
