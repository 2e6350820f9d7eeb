package ru.gkh.cabinet.application.residents;

import jakarta.enterprise.context.RequestScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The one check every resident's read and write passes: the signed-in user linked this account. Proven once per
 * request: a page of the cabinet calls three to five services for the account it shows, each checking the link, and
 * the second and later checks of the same user and account are answered from here. The list of the user's accounts,
 * read at the start of every page, proves the links it lists; a request that unlinks an account forgets it. (Outside
 * a web request, each EJB call has a request of its own.)
 */
@RequestScoped
public class CheckedLinks {

    /** login + account id → the user's id, for links proven in this request. */
    private final Map<String, Long> proven = new HashMap<>();

    private static String key(String login, long accountId) {
        return login + '\n' + accountId;
    }

    /**
     * Refuses with "not found" (never "forbidden", so ids cannot be probed) unless the active user linked the account;
     * returns the user's id.
     */
    public long require(Connection c, String login, long accountId) throws SQLException {
        long user = userOf(c, login, accountId);
        if (user < 0) {
            throw Refusal.notFound("Лицевой счёт не найден");
        }
        return user;
    }

    /** Whether the active user with this login linked the account. */
    public boolean linked(Connection c, String login, long accountId) throws SQLException {
        return userOf(c, login, accountId) >= 0;
    }

    /** Links just read from the database (the user's list of accounts, active users only). */
    void proven(String login, long user, long accountId) {
        proven.put(key(login, accountId), user);
    }

    /** After an unlink: the next check in this request asks the database again. */
    void forget(String login, long accountId) {
        proven.remove(key(login, accountId));
    }

    private long userOf(Connection c, String login, long accountId) throws SQLException {
        Long user = proven.get(key(login, accountId));
        if (user == null) {
            long found = Sql.queryLong(c, -1, "SELECT u.id FROM account_link l JOIN user_account u ON u.id = l.user_id"
                    + " WHERE u.login = ? AND u.status = 'ACTIVE' AND l.account_id = ?", login, accountId);
            if (found < 0) {
                return found;   // a refusal is not remembered: nothing is gained by it
            }
            user = found;
            proven(login, user, accountId);
        }
        return user;
    }
}
