package ru.gkh.cabinet.application.news;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.application.messaging.SmsQueue;
import ru.gkh.cabinet.application.residents.CheckedLinks;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Новости: operators publish news for all of the company's residents or for chosen buildings; residents read those
 * of their account's building, the unread ones marked; residents who subscribed get them by email or SMS through the
 * outbox, queued with the news.
 */
@Stateless
public class NewsBoard {

    @Inject
    CheckedLinks links;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** A news item; {@code audience} says who it is for; {@code unread} for the resident reading it. */
    public record Item(long id, String title, String body, Instant publishedAt, String publishedBy, String audience, boolean unread) {
    }

    /** A building to choose as an audience. */
    public record Building(long id, String address) {
    }

    /** Publishes; {@code buildingIds} empty means every building. Returns the number of messages queued to subscribers. */
    public int publish(StaffMember staff, String organizationCode, String title, String body, List<Long> buildingIds) {
        Organization org = operatorFor(staff, organizationCode);
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw Refusal.invalid("Заголовок: от 1 до 200 символов");
        }
        if (b.isEmpty() || b.length() > 10000) {
            throw Refusal.invalid("Текст новости: от 1 до 10 000 символов");
        }
        List<Long> buildings = buildingIds == null ? List.of() : buildingIds;
        try (Connection c = ds.getConnection()) {
            if (!buildings.isEmpty() && Sql.queryLong(c, 0, "SELECT COUNT(*) FROM building WHERE organization_id = ? AND id IN ("
                    + Sql.idList(buildings) + ")", org.id()) != buildings.size()) {
                throw Refusal.invalid("Дома: выберите дома своей организации");
            }
            long id;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("INSERT INTO news (organization_id, title, body, published_by) VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS), org.id(), t, b, staff.login())) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (long building : buildings) {
                Sql.update(c, "INSERT INTO news_building (news_id, building_id) VALUES (?, ?)", id, building);
            }
            return notifySubscribers(c, org, id, t, b, buildings);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int notifySubscribers(Connection c, Organization org, long id, String title, String body, List<Long> buildings)
            throws SQLException {
        int queued = 0;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT DISTINCT u.email, u.phone, u.news_by_email, u.news_by_sms FROM user_account u"
                + " JOIN account_link l ON l.user_id = u.id JOIN personal_account a ON a.id = l.account_id JOIN premises p ON p.id = a.premises_id"
                + " WHERE a.organization_id = ? AND u.status = 'ACTIVE' AND (u.news_by_email OR u.news_by_sms)"
                + (buildings.isEmpty() ? "" : " AND p.building_id IN (" + Sql.idList(buildings) + ")")), org.id());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getBoolean(3) && rs.getString(1) != null) {
                    EmailQueue.queue(c, org.id(), rs.getString(1), "Новость: " + title, body + "\n\n— " + org.name()
                            + "\n\nВы подписаны на новости в личном кабинете; отписаться можно в разделе «Мой профиль».",
                            "news:" + id + ":" + rs.getString(1));
                    queued++;
                }
                if (rs.getBoolean(4) && rs.getString(2) != null) {
                    String sms = org.name() + ": " + title;
                    SmsQueue.queue(c, org.id(), rs.getString(2), "SMS: новость " + id, sms.length() > 300 ? sms.substring(0, 299) + "…" : sms,
                            "news:" + id + ":" + rs.getString(2));
                    queued++;
                }
            }
        }
        return queued;
    }

    /** The organization's news, newest first. */
    public List<Item> published(StaffMember staff, String organizationCode, int limit) {
        Organization org = operatorFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            return items(c, "n.organization_id = ?", List.of(org.id()), null, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Building> buildings(StaffMember staff, String organizationCode) {
        Organization org = operatorFor(staff, organizationCode);
        List<Building> list = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, address FROM building WHERE organization_id = ? ORDER BY address"), org.id());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Building(rs.getLong(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** The news for the account's building (and for everyone), newest first, the unread ones marked. */
    public List<Item> forAccount(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            long user = links.require(c, login, accountId);
            return items(c, audience(), audienceParams(c, accountId), user, 50);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of the account's news the user has not read (the mark in the menu). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unread(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            long user = links.require(c, login, accountId);
            List<Object> params = new ArrayList<>(audienceParams(c, accountId));
            params.add(user);
            return Sql.queryLong(c, 0, "SELECT COUNT(*) FROM news n WHERE " + audience()
                    + " AND NOT EXISTS (SELECT 1 FROM news_read r WHERE r.news_id = n.id AND r.user_id = ?)", params.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks the account's news read by the user (they have seen the list). */
    public void markRead(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            long user = links.require(c, login, accountId);
            List<Object> params = new ArrayList<>();
            params.add(user);
            params.addAll(audienceParams(c, accountId));
            Sql.update(c, "INSERT IGNORE INTO news_read (news_id, user_id) SELECT n.id, ? FROM news n WHERE " + audience(), params.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** News of the account's organization for everyone, or for the account's building. */
    private static String audience() {
        return "n.organization_id = ? AND (NOT EXISTS (SELECT 1 FROM news_building nb WHERE nb.news_id = n.id)"
                + " OR EXISTS (SELECT 1 FROM news_building nb WHERE nb.news_id = n.id AND nb.building_id = ?))";
    }

    /** The account's organization and building, the audience parameters, in one read (the menu asks on every page). */
    private static List<Object> audienceParams(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT a.organization_id, p.building_id FROM personal_account a"
                + " JOIN premises p ON p.id = a.premises_id WHERE a.id = ?"), accountId);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }

    private static List<Item> items(Connection c, String where, List<Object> params, Long user, int limit) throws SQLException {
        List<Object> all = new ArrayList<>();
        all.add(user == null ? -1L : user);
        all.addAll(params);
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT n.id, n.title, n.body, n.published_at, n.published_by,"
                + " (SELECT GROUP_CONCAT(b.address ORDER BY b.address SEPARATOR '; ') FROM news_building nb JOIN building b ON b.id = nb.building_id"
                + " WHERE nb.news_id = n.id), NOT EXISTS (SELECT 1 FROM news_read r WHERE r.news_id = n.id AND r.user_id = ?)"
                + " FROM news n WHERE " + where + " ORDER BY n.published_at DESC, n.id DESC LIMIT " + limit), all.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getString(6) == null ? "для всех домов" : rs.getString(6), user != null && rs.getBoolean(7)));
            }
        }
        return items;
    }

    private Organization operatorFor(StaffMember staff, String organizationCode) {
        if (!staff.has(Role.OPERATOR) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Новости публикуют операторы и администраторы");
        }
        return organizations.actingFor(staff, organizationCode);
    }
}
