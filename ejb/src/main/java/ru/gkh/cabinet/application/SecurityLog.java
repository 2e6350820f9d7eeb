package ru.gkh.cabinet.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.domain.model.identity.AddressLimits;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The security log staff read (who, when, from where, what happened) and the per-address limits counted on it. Every
 * entry is written in a transaction of its own, so a refused attempt (whose own transaction rolls back) still counts;
 * counting rows in the database keeps one limit for every node of a cluster and needs no second store.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

    /** What was done. LIMITED: refused by a per-address limit (the outcome names the limited action); PAYMENT: a payment notification refused. */
    public enum Action { SIGN_IN, REGISTER, CODE_SENT, CODE_WRONG, RECOVER, PASSWORD, CONTACT, REMEMBER_ME, DELETE, REVIEW, LIMITED, PAYMENT }

    /** One entry as staff read it. */
    public record Event(Instant at, String login, String ip, String action, String outcome) {
    }

    public static final String LIMITED_MESSAGE = "Слишком много попыток с вашего адреса: попробуйте позже";

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    /** {@code SIGN_IN=60/15,REGISTER=10/60,CODE_SENT=10/60,RECOVER=10/60} by default: count per minutes, per address. */
    @Inject
    @ConfigProperty(name = "cabinet.address-limits", defaultValue = AddressLimits.DEFAULTS)
    String limitSetting;

    private AddressLimits limits;

    @PostConstruct
    void readLimits() {
        limits = AddressLimits.parse(limitSetting);
    }

    public void record(Long userId, String login, String ip, Action action, String outcome) {
        insert(userId, login, ip, action, outcome);
    }

    /**
     * An entry written in the caller's transaction: for a change that itself writes to the log's rows (deleting a user
     * blanks their entries), where an entry of its own transaction would wait for those row locks.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordInTransaction(Long userId, String login, String ip, Action action, String outcome) {
        insert(userId, login, ip, action, outcome);
    }

    private void insert(Long userId, String login, String ip, Action action, String outcome) {
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "INSERT INTO security_event (user_id, login, ip, action, outcome) VALUES (?, ?, ?, ?, ?)", userId,
                    login == null ? "" : login.length() > 254 ? login.substring(0, 254) : login, ip == null ? "" : ip, action.name(),
                    outcome.length() > 100 ? outcome.substring(0, 100) : outcome);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether this address may do the action now; when not, the refusal is logged. The attempts counted are the
     * entries of that action from the address (a page records each attempt, whatever its outcome).
     */
    public boolean allows(String ip, AddressLimits.Limited action, String login) {
        if (ip == null) {
            return true;
        }
        AddressLimits.Limit limit = limits.of(action);
        try (Connection c = ds.getConnection()) {
            long done = Sql.queryLong(c, 0, "SELECT COUNT(*) FROM security_event WHERE ip = ? AND action = ?"
                    + " AND created_at > CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND", ip, action.name(), limit.window().toSeconds());
            if (done < limit.count()) {
                return true;
            }
            Sql.update(c, "INSERT INTO security_event (login, ip, action, outcome) VALUES (?, ?, 'LIMITED', ?)",
                    login == null ? "" : login.length() > 254 ? login.substring(0, 254) : login, ip, action.name());
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The newest entries, filtered by a login fragment, an address and an action (each may be null), at most
     * {@code limit}. Staff of one organization see its staff and the residents linked to its accounts, and entries
     * of nobody known (sign-ins with unknown logins, limits) only for an address they name.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Event> recent(StaffMember staff, String login, String ip, String action, int limit) {
        if (!staff.has(Role.ADMIN) && !staff.has(Role.OPERATOR)) {
            throw Refusal.forbidden("Журнал безопасности видят операторы и администраторы");
        }
        StringBuilder sql = new StringBuilder("SELECT e.created_at, e.login, e.ip, e.action, e.outcome FROM security_event e WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!staff.servesAll()) {
            sql.append(" AND (e.user_id IN (SELECT l.user_id FROM account_link l JOIN personal_account a ON a.id = l.account_id"
                    + " WHERE a.organization_id = ?) OR e.user_id IN (SELECT u.id FROM user_account u WHERE u.organization_id = ?)"
                    + (ip != null && !ip.isBlank() ? " OR e.user_id IS NULL" : "") + ")");
            params.add(staff.organizationId());
            params.add(staff.organizationId());
        }
        if (login != null && !login.isBlank()) {
            sql.append(" AND e.login LIKE ?");
            params.add("%" + login.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (ip != null && !ip.isBlank()) {
            sql.append(" AND e.ip = ?");
            params.add(ip.strip());
        }
        if (action != null && !action.isBlank()) {
            sql.append(" AND e.action = ?");
            params.add(action);
        }
        sql.append(" ORDER BY e.id DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        List<Event> events = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement(sql.toString()), params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}
