package ru.gkh.cabinet.application.residents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Uses up a mailed link (registration, recovery): found by the hash of its token and purpose, locked, refused when
 * unknown, used or expired, then marked used, all in the caller's transaction.
 */
final class OneTimeLinks {

    /** What each refusal says, in the words of the flow the link belongs to. */
    record Refusals(String unknown, String used, String expired) {
    }

    /** The user the link was for, the account it links (registration) and the new value it confirms (a new email), if any. */
    record Taken(long userId, Long accountId, String newValue) {
    }

    private OneTimeLinks() {
    }

    static Taken take(Connection c, String token, String purpose, Refusals says) throws SQLException {
        if (token == null || token.isBlank()) {
            throw Refusal.notFound("Ссылка неполная: откройте её из письма целиком");
        }
        String hash = OneTimeSecret.hashOf(token.strip());
        Taken taken;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT user_id, account_id, used_at IS NOT NULL,"
                + " expires_at < CURRENT_TIMESTAMP(3), new_value FROM confirmation WHERE secret_hash = ? AND purpose = ? FOR UPDATE"), hash, purpose);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw Refusal.notFound(says.unknown());
            }
            if (rs.getBoolean(3)) {
                throw Refusal.conflict(says.used());
            }
            if (rs.getBoolean(4)) {
                throw Refusal.conflict(says.expired());
            }
            taken = new Taken(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(5));
        }
        Sql.update(c, "UPDATE confirmation SET used_at = CURRENT_TIMESTAMP(3) WHERE secret_hash = ?", hash);
        return taken;
    }
}
