package ru.gkh.cabinet.application.billing;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The mark a close leaves on the payments: the highest payment id when it started ({@code billing_period.payments_through}).
 * Every payment of the organization up to the mark and dated in the closed month or before is applied by that close,
 * so the next one reads only the payments dated after that month or numbered after the mark.
 * <p>
 * That holds only if no payment numbered below the mark commits after the mark is taken. Ids are handed out at insert,
 * commits come later, so whoever writes payments first takes the organization's row in share mode
 * ({@link #beforeWritingPayments}) and holds it to its commit, and the close takes the same row exclusively to read the
 * mark ({@link #take}): the close waits for payments being written, and payments written after it are numbered above.
 */
public final class PaymentMark {

    private PaymentMark() {
    }

    /** In the transaction that writes payments of the organization, before the first of them. */
    public static void beforeWritingPayments(Connection c, long organizationId) throws SQLException {
        Sql.queryLong(c, 0, "SELECT id FROM organization WHERE id = ? LOCK IN SHARE MODE", organizationId);
    }

    /** The mark, in the transaction that starts a close (the organization's row stays locked to its commit). */
    static long take(Connection c, long organizationId) throws SQLException {
        Sql.queryLong(c, 0, "SELECT id FROM organization WHERE id = ? FOR UPDATE", organizationId);
        return Sql.queryLong(c, 0, "SELECT MAX(id) FROM payment");
    }
}
