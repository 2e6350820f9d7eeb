package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * What a signed-in resident sees of their linked accounts. Every call names the user by login and reads only through
 * their links: an account or receipt of anyone else answers "not found", never "forbidden", so ids cannot be probed.
 */
@Stateless
public class ResidentCabinet {

    @Inject
    CheckedLinks links;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    /** A linked account as the cabinet lists it. */
    public record LinkedAccount(long id, String number, String address, String holder, String organization, boolean receiptByEmail) {

        /** This account with the link's present receipts-by-email choice. */
        public LinkedAccount as(Link link) {
            return new LinkedAccount(id, number, address, holder, organization, link.receiptByEmail());
        }
    }

    /** A receipt of a closed period: its month and the total it asked for. */
    public record ReceiptEntry(YearMonth period, BigDecimal totalDue) {
    }

    /** One of the user's links as every page reads it: the account and the receipts-by-email choice, nothing to show. */
    public record Link(long accountId, boolean receiptByEmail) {
    }

    /**
     * A signed-in user as every signed-in page checks them: when their credentials last changed (null if never; a
     * session that began earlier has ended), and their links in the order made (none unless the user is active; staff
     * have none).
     */
    public record SignedInUser(Instant credentialsChangedAt, List<Link> links) {
    }

    /**
     * The session check and the proof of the user's links in one statement, the first of every signed-in page (each
     * cabinet page used to read the password's change and the linked accounts with their addresses in two). A login no
     * user has (deleted, or signing in with a new email now) answers a credentials change of now, which ends any session. What the header shows of the accounts, which does
     * not prove anything, is read once a session ({@link #describe}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SignedInUser signedIn(String login) {
        Instant changed = Instant.now();
        // In the order linked, sorted here: asked to ORDER BY the link's id, MariaDB scanned the whole link table in that
        // order instead of looking up the user's (at most ten) links.
        TreeMap<Long, Link> byLink = new TreeMap<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT u.id, u.status = 'ACTIVE', u.credentials_changed_at, l.id, l.account_id,"
                     + " l.receipt_by_email FROM user_account u LEFT JOIN account_link l ON l.user_id = u.id WHERE u.login = ?"), login);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp t = rs.getTimestamp(3);
                changed = t == null ? null : t.toInstant();
                if (rs.getBoolean(2) && rs.getObject(4) != null) {
                    byLink.put(rs.getLong(4), new Link(rs.getLong(5), rs.getBoolean(6)));
                    links.proven(login, rs.getLong(1), rs.getLong(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new SignedInUser(changed, List.copyOf(byLink.values()));
    }

    /**
     * What the cabinet's header shows of these linked accounts (number, address, holder, company), in no order; only
     * accounts the user linked, others are left out. The receipts-by-email choice is the link's ({@link #signedIn},
     * {@link LinkedAccount#as}): false here.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LinkedAccount> describe(String login, Collection<Long> accountIds) {
        List<LinkedAccount> list = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            List<Long> own = new ArrayList<>();
            for (long id : accountIds) {
                if (links.linked(c, login, id)) {
                    own.add(id);
                }
            }
            if (own.isEmpty()) {
                return list;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.number, b.address, p.number, a.holder_name, o.name"
                    + " FROM personal_account a JOIN premises p ON p.id = a.premises_id JOIN building b ON b.id = p.building_id"
                    + " JOIN organization o ON o.id = a.organization_id WHERE a.id IN (" + Sql.idList(own) + ")");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new LinkedAccount(rs.getLong(1), rs.getString(2), rs.getString(3) + ", кв. " + rs.getString(4),
                            rs.getString(5), rs.getString(6), false));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** The account's receipts, newest first: every closed period that has one (not only the last few). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReceiptEntry> receipts(String login, long accountId) {
        List<ReceiptEntry> list = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT period, total_due FROM receipt WHERE account_id = ?"
                    + " ORDER BY period DESC"), accountId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ReceiptEntry(Sql.month(rs, 1), rs.getBigDecimal(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** One receipt's PDF, only through the user's own link; "not found" otherwise. */
    public byte[] receiptPdf(String login, long accountId, YearMonth month) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT r.pdf FROM receipt r JOIN account_link l ON l.account_id = r.account_id"
                     + " JOIN user_account u ON u.id = l.user_id WHERE u.login = ? AND u.status = 'ACTIVE' AND r.account_id = ? AND r.period = ?"),
                     login, accountId, month);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw Refusal.notFound("Квитанция не найдена");
            }
            return rs.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user's choice for this account: receipts to their email too (true) or on paper only. */
    public void receiptByEmail(String login, long accountId, boolean byEmail) {
        try (Connection c = ds.getConnection()) {
            int n = Sql.update(c, "UPDATE account_link l JOIN user_account u ON u.id = l.user_id SET l.receipt_by_email = ?"
                    + " WHERE u.login = ? AND u.status = 'ACTIVE' AND l.account_id = ?", byEmail, login, accountId);
            if (n == 0 && !links.linked(c, login, accountId)) {
                throw Refusal.notFound("Лицевой счёт не найден");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user links at most this many accounts (a family's flats, a dacha, a garage). */
    public static final int MAX_LINKS = 10;

    /**
     * Links one more account, proven like at registration (surname or last total due, as its organization asks);
     * the same message for an unknown account and a wrong proof. Returns the account's id.
     */
    public long link(String login, String accountNumber, String proof) {
        String number = accountNumber == null ? "" : accountNumber.strip();
        if (!number.matches("\\d{1,12}")) {
            throw Refusal.invalid("Лицевой счёт: только цифры, до 12");
        }
        return link(login, AccountProof.matching(ds, number, proof));
    }

    /**
     * Links the account of premises chosen by address (company, department, building, premises), proven like at
     * registration; the account number is never shown before the proof matches. Returns the account's id.
     */
    public long linkByAddress(String login, long premisesId, String proof) {
        return link(login, AccountProof.inPremises(ds, premisesId, proof));
    }

    /** One step of choosing an address: the id and what the resident reads. */
    public record Choice(long id, String label) {
    }

    /** Companies with open accounts, for the first step of choosing an address. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Choice> companies() {
        return choices("SELECT o.id, o.name FROM organization o WHERE EXISTS (SELECT 1 FROM personal_account a WHERE a.organization_id = o.id"
                + " AND a.closed_on IS NULL) ORDER BY o.name", null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Choice> departments(long organizationId) {
        return choices("SELECT d.id, d.name FROM department d WHERE d.organization_id = ? ORDER BY d.name", organizationId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Choice> buildings(long departmentId) {
        return choices("SELECT b.id, b.address FROM building b WHERE b.department_id = ? ORDER BY b.address", departmentId);
    }

    /** The building's premises with an open account, in the order of their numbers (1, 2, …, 10, not 1, 10, 2). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Choice> premises(long buildingId) {
        return choices("SELECT p.id, CONCAT('кв. ', p.number) FROM premises p WHERE p.building_id = ? AND EXISTS (SELECT 1 FROM personal_account a"
                + " WHERE a.premises_id = p.id AND a.closed_on IS NULL) ORDER BY LENGTH(p.number), p.number", buildingId);
    }

    private List<Choice> choices(String sql, Long key) {
        List<Choice> list = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = key == null ? c.prepareStatement(sql) : Sql.bind(c.prepareStatement(sql), key);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Choice(rs.getLong(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    private long link(String login, AccountProof.Account account) {
        if (account == null) {
            throw Refusal.invalid(Registration.NO_MATCH);
        }
        try (Connection c = ds.getConnection()) {
            long user = Sql.queryLong(c, -1, "SELECT id FROM user_account WHERE login = ? AND status = 'ACTIVE' FOR UPDATE", login);
            if (Sql.queryLong(c, 0, "SELECT COUNT(*) FROM account_link WHERE user_id = ?", user) >= MAX_LINKS) {
                throw Refusal.conflict("Привязать можно не больше " + MAX_LINKS + " лицевых счетов: сначала отвяжите ненужный");
            }
            if (Sql.update(c, "INSERT IGNORE INTO account_link (user_id, account_id) VALUES (?, ?)", user, account.id()) == 0) {
                throw Refusal.conflict("Лицевой счёт " + Registration.number(c, account.id()) + " уже привязан");
            }
            return account.id();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unlinks an account from this user only (family members who linked it keep it; billing keeps its data). */
    public void unlink(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            int n = Sql.update(c, "DELETE l FROM account_link l JOIN user_account u ON u.id = l.user_id WHERE u.login = ?"
                    + " AND l.account_id = ?", login, accountId);
            links.forget(login, accountId);
            if (n == 0) {
                throw Refusal.notFound("Лицевой счёт не найден");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
