package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.messaging.SmsQueue;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Codes sent by SMS (registration, recovery, a new phone): 6 digits, 10 minutes, 5 attempts, single use, kept as a
 * salted hash. A new code for the same purpose ends the previous one. A code is checked in a transaction of its own, so
 * a wrong attempt is counted even though the page's request is refused.
 */
@Stateless
public class SmsCodes {

    public static final int MINUTES = 10;
    public static final int ATTEMPTS = 5;
    /** A second code for the same purpose no sooner than this: a robot cannot make the company pay for a flood of SMS. */
    public static final int RESEND_SECONDS = 60;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    /** What a check found: RIGHT (with the code's account and new value), WRONG (attempts left) or GONE (none live). */
    public record Checked(Outcome outcome, Long accountId, String newValue, int attemptsLeft) {

        public boolean right() {
            return outcome == Outcome.RIGHT;
        }

        /** Why the code was not taken, in the resident's words. */
        public Refusal refusal() {
            return outcome == Outcome.WRONG && attemptsLeft > 0
                    ? Refusal.invalid("Код: неверный, осталось попыток — " + attemptsLeft)
                    : outcome == Outcome.WRONG ? Refusal.conflict("Код: неверный, попытки исчерпаны — запросите новый код")
                    : Refusal.conflict("Код: устарел или уже использован — запросите новый (код действует " + MINUTES + " минут)");
        }
    }

    public enum Outcome { RIGHT, WRONG, GONE }

    static final Checked GONE = new Checked(Outcome.GONE, null, null, 0);

    /**
     * Issues a code and queues its SMS, in the caller's transaction. {@code text} is put before the code
     * ("Код подтверждения регистрации: ").
     */
    static void issue(Connection c, long userId, String purpose, Long accountId, String newValue, Long organizationId, String phone,
                      String text) throws SQLException {
        if (Sql.queryLong(c, 0, "SELECT COUNT(*) FROM confirmation WHERE user_id = ? AND purpose = ? AND channel = 'SMS'"
                + " AND created_at > CURRENT_TIMESTAMP(3) - INTERVAL " + RESEND_SECONDS + " SECOND", userId, purpose) > 0) {
            throw Refusal.conflict("Код уже отправлен: новый можно получить через минуту");
        }
        Sql.update(c, "UPDATE confirmation SET used_at = CURRENT_TIMESTAMP(3) WHERE user_id = ? AND purpose = ? AND channel = 'SMS'"
                + " AND used_at IS NULL", userId, purpose);
        String salt = OneTimeSecret.salt();
        OneTimeSecret code = OneTimeSecret.smsCode(salt);
        Sql.update(c, "INSERT INTO confirmation (user_id, purpose, channel, secret_hash, salt, account_id, new_value, expires_at)"
                + " VALUES (?, ?, 'SMS', ?, ?, ?, ?, CURRENT_TIMESTAMP(3) + INTERVAL " + MINUTES + " MINUTE)", userId, purpose,
                code.hash(), salt, accountId, newValue);
        SmsQueue.queue(c, organizationId, phone, "SMS: код (" + purpose + ")", text + code.secret() + ". Никому не сообщайте его."
                + " Действует " + MINUTES + " минут.", "code:" + code.hash());
    }

    /**
     * Checks a code typed for the user's latest code of this purpose; uses it up when right. Refusals say whether it
     * is wrong (and how many attempts are left), used up by wrong attempts, or expired.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Checked take(long userId, String purpose, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        try (Connection c = ds.getConnection()) {
            long id;
            Checked right;
            String salt;
            String hash;
            int attempts;
            boolean expired;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, user_id, account_id, new_value, salt, secret_hash, attempts,"
                    + " expires_at < CURRENT_TIMESTAMP(3) FROM confirmation WHERE user_id = ? AND purpose = ? AND channel = 'SMS'"
                    + " AND used_at IS NULL ORDER BY id DESC LIMIT 1 FOR UPDATE"), userId, purpose);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return GONE;
                }
                id = rs.getLong(1);
                right = new Checked(Outcome.RIGHT, rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4), ATTEMPTS);
                salt = rs.getString(5);
                hash = rs.getString(6);
                attempts = rs.getInt(7);
                expired = rs.getBoolean(8);
            }
            if (expired) {
                return GONE;
            }
            if (!java.security.MessageDigest.isEqual(hash.getBytes(), OneTimeSecret.hashOf(salt + code).getBytes())) {
                attempts++;
                Sql.update(c, "UPDATE confirmation SET attempts = ?, used_at = IF(? >= " + ATTEMPTS + ", CURRENT_TIMESTAMP(3), NULL)"
                        + " WHERE id = ?", attempts, attempts, id);
                return new Checked(Outcome.WRONG, null, null, ATTEMPTS - attempts);
            }
            Sql.update(c, "UPDATE confirmation SET used_at = CURRENT_TIMESTAMP(3) WHERE id = ?", id);
            return right;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
