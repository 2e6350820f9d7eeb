package ru.gkh.cabinet.application.residents;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/** The one check every resident's read and write passes: the signed-in user linked this account. */
public final class AccountLinks {

    private AccountLinks() {
    }

    /** Refuses with "not found" (never "forbidden", so ids cannot be probed) unless the active user linked the account. */
    public static void require(Connection c, String login, long accountId) throws SQLException {
        if (Sql.queryLong(c, 0, "SELECT COUNT(*) FROM account_link l JOIN user_account u ON u.id = l.user_id"
                + " WHERE u.login = ? AND u.status = 'ACTIVE' AND l.account_id = ?", login, accountId) == 0) {
            throw Refusal.notFound("Лицевой счёт не найден");
        }
    }
}
