package ru.gkh.cabinet.application.residents;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The one check every resident's read and write passes: the signed-in user linked this account. The services ask it
 * through {@link CheckedLinks}, which asks the database once per request.
 */
public final class AccountLinks {

    private AccountLinks() {
    }

    /**
     * Refuses with "not found" (never "forbidden", so ids cannot be probed) unless the active user linked the account;
     * returns the user's id.
     */
    public static long require(Connection c, String login, long accountId) throws SQLException {
        long user = userOf(c, login, accountId);
        if (user < 0) {
            throw Refusal.notFound("Лицевой счёт не найден");
        }
        return user;
    }

    /** Whether the active user with this login linked the account. */
    public static boolean linked(Connection c, String login, long accountId) throws SQLException {
        return userOf(c, login, accountId) >= 0;
    }

    /** The id of the active user with this login who linked the account, or -1. */
    static long userOf(Connection c, String login, long accountId) throws SQLException {
        return Sql.queryLong(c, -1, "SELECT u.id FROM account_link l JOIN user_account u ON u.id = l.user_id"
                + " WHERE u.login = ? AND u.status = 'ACTIVE' AND l.account_id = ?", login, accountId);
    }
}
