package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * "Remember me" for 30 days: a random token in a cookie, only its SHA-256 in the database, one row per device. A
 * token signs its user in only while the user is active and not locked; the user sees the devices and revokes any;
 * a new password forgets them all.
 */
@Stateless
public class RememberedDevices {

    public static final int DAYS = 30;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private StaffDirectory directory;

    @EJB
    private SecurityLog log;

    /** A device the user chose to be remembered on. */
    public record Device(long id, String device, String ip, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    /** A new token for the user signed in with this login; the secret goes into the cookie, never into the database. */
    public String remember(String login, String device, String ip) {
        StaffMember user = directory.byLoginName(login).orElseThrow(() -> Refusal.notFound("Пользователь не найден"));
        OneTimeSecret token = OneTimeSecret.linkToken();
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "INSERT INTO remember_token (user_id, token_hash, device, ip, expires_at)"
                    + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(3) + INTERVAL " + DAYS + " DAY)", user.id(), token.hash(),
                    device == null ? null : device.length() > 200 ? device.substring(0, 200) : device, ip);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        log.record(user.id(), login, ip, SecurityLog.Action.REMEMBER_ME, "ISSUED");
        return token.secret();
    }

    /** The active, unlocked user a live token belongs to. */
    public Optional<StaffMember> signIn(String token, String ip) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = OneTimeSecret.hashOf(token.strip());
        try (Connection c = ds.getConnection()) {
            String login = null;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT u.login FROM remember_token t JOIN user_account u ON u.id = t.user_id"
                    + " WHERE t.token_hash = ? AND t.expires_at > CURRENT_TIMESTAMP(3) AND u.status = 'ACTIVE'"
                    + " AND (u.locked_until IS NULL OR u.locked_until < CURRENT_TIMESTAMP(3))"), hash);
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    login = rs.getString(1);
                }
            }
            if (login == null) {
                return Optional.empty();
            }
            Sql.update(c, "UPDATE remember_token SET last_used_at = CURRENT_TIMESTAMP(3) WHERE token_hash = ?", hash);
            Optional<StaffMember> user = directory.byLoginName(login);
            user.ifPresent(u -> log.record(u.id(), u.login(), ip, SecurityLog.Action.SIGN_IN, "REMEMBERED"));
            return user;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the token of this device (sign-out). */
    public void forget(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "DELETE FROM remember_token WHERE token_hash = ?", OneTimeSecret.hashOf(token.strip()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Device> devices(String login) {
        List<Device> list = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT t.id, t.device, t.ip, t.created_at, t.last_used_at, t.expires_at"
                     + " FROM remember_token t JOIN user_account u ON u.id = t.user_id WHERE u.login = ? AND t.expires_at > CURRENT_TIMESTAMP(3)"
                     + " ORDER BY t.id DESC"), login);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Device(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** Revokes one of the user's own devices; another user's device is "not found". */
    public void revoke(String login, long deviceId) {
        try (Connection c = ds.getConnection()) {
            if (Sql.update(c, "DELETE t FROM remember_token t JOIN user_account u ON u.id = t.user_id WHERE t.id = ? AND u.login = ?",
                    deviceId, login) == 0) {
                throw Refusal.notFound("Устройство не найдено");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets every device of the user (a new password, a deleted user), in the caller's transaction. */
    static void forgetAll(Connection c, long userId) throws SQLException {
        Sql.update(c, "DELETE FROM remember_token WHERE user_id = ?", userId);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
