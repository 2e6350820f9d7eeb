package ru.gkh.cabinet.application.appeals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.application.messaging.SmsQueue;
import ru.gkh.cabinet.application.residents.CheckedLinks;
import ru.gkh.cabinet.domain.model.appeal.AttachedFile;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Обращения and Заявки на платные услуги: a resident writes to the company about one account (a category, the text,
 * up to three photos or PDFs, how to be answered) or orders a paid service from the company's price list for a wanted
 * date and time; operators work the queue, answer and move the status, and the resident is told by email or SMS
 * through the outbox, in the same transaction as the answer.
 */
@Stateless
public class Appeals {

    /** What an appeal is about, as residents choose it. */
    public static final Map<String, String> CATEGORIES = categories();
    /** The statuses, as everyone reads them. */
    public static final Map<String, String> STATUSES = Map.of("NEW", "новое", "IN_WORK", "в работе", "ANSWERED", "дан ответ",
            "DONE", "выполнено", "REJECTED", "отклонено");
    private static final Set<String> FINAL = Set.of("ANSWERED", "DONE", "REJECTED");

    @Inject
    CheckedLinks links;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    private static Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("QUALITY", "Качество услуг");
        m.put("BILLING", "Начисления и оплата");
        m.put("REPAIR", "Ремонт и содержание дома");
        m.put("METERS", "Счётчики и показания");
        m.put("OTHER", "Другое");
        return m;
    }

    /** What a resident sends: kind APPEAL (with a category) or PAID_SERVICE (with the service and wanted time). */
    public record NewAppeal(String kind, String category, Long paidServiceId, LocalDateTime desiredAt, String text, String channel,
                            List<Upload> files) {
    }

    /** An uploaded file as it came. */
    public record Upload(String fileName, byte[] content) {
    }

    /** An item of the price list. */
    public record PriceItem(long id, String name, BigDecimal price, String unit) {
    }

    /** An attachment as listed (its content is fetched apart). */
    public record FileInfo(long id, String fileName, int size) {
    }

    /** An attachment to send back. */
    public record FileContent(String fileName, String contentType, byte[] content) {
    }

    /** An appeal as the resident and the operators see it. */
    public record AppealView(long id, String kind, String category, String service, LocalDateTime desiredAt, String text, String status,
                             String answer, String answeredBy, Instant createdAt, Instant answeredAt, String account, String address,
                             String contact, List<FileInfo> files) {

        public String statusLabel() {
            return STATUSES.getOrDefault(status, status);
        }

        public String categoryLabel() {
            return category == null ? null : CATEGORIES.getOrDefault(category, category);
        }
    }

    /** Files an appeal or an order; returns its number. Every refusal names the field. */
    public long file(String login, long accountId, NewAppeal a) {
        List<String> problems = new ArrayList<>();
        String kind = a.kind() == null ? "APPEAL" : a.kind();
        if (!kind.equals("APPEAL") && !kind.equals("PAID_SERVICE")) {
            throw Refusal.invalid("Вид обращения: обращение или заявка на платную услугу");
        }
        if (kind.equals("APPEAL") && (a.category() == null || !CATEGORIES.containsKey(a.category()))) {
            problems.add("Тема: выберите тему обращения");
        }
        String text = a.text() == null ? "" : a.text().strip();
        if (text.isEmpty()) {
            problems.add(kind.equals("APPEAL") ? "Текст обращения: обязательное поле" : "Комментарий к заявке: обязательное поле");
        } else if (text.length() > 5000) {
            problems.add("Текст: не длиннее 5000 символов");
        }
        if (kind.equals("PAID_SERVICE")) {
            if (a.paidServiceId() == null) {
                problems.add("Услуга: выберите услугу из прейскуранта");
            }
            LocalDateTime now = LocalDateTime.now();
            if (a.desiredAt() == null) {
                problems.add("Желаемые дата и время: обязательное поле");
            } else if (a.desiredAt().isBefore(now.plusHours(1)) || a.desiredAt().isAfter(now.plusDays(90))) {
                problems.add("Желаемые дата и время: не раньше чем через час и не позже чем через 90 дней");
            }
        }
        String channel = "SMS".equals(a.channel()) ? "SMS" : "EMAIL";
        List<AttachedFile> files = new ArrayList<>();
        try {
            List<Upload> uploads = a.files() == null ? List.of() : a.files();
            AttachedFile.checkCount(uploads);
            for (Upload u : uploads) {
                files.add(AttachedFile.of(u.fileName(), u.content()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(String.join("; ", problems));
        }
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            long org = Sql.queryLong(c, 0, "SELECT organization_id FROM personal_account WHERE id = ?", accountId);
            if (kind.equals("PAID_SERVICE") && Sql.queryLong(c, 0, "SELECT COUNT(*) FROM paid_service WHERE id = ? AND organization_id = ?"
                    + " AND active", a.paidServiceId(), org) == 0) {
                throw Refusal.invalid("Услуга: её нет в прейскуранте");
            }
            String contact;
            long user;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, email, phone FROM user_account WHERE login = ?"), login);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                user = rs.getLong(1);
                contact = channel.equals("SMS") ? rs.getString(3) : rs.getString(2);
            }
            if (contact == null) {
                throw Refusal.invalid("Способ ответа: в профиле нет " + (channel.equals("SMS") ? "мобильного телефона" : "электронной почты"));
            }
            long id;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("INSERT INTO appeal (organization_id, account_id, user_id, kind, category,"
                    + " paid_service_id, desired_at, text, contact_channel, contact) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS),
                    org, accountId, user, kind, kind.equals("APPEAL") ? a.category() : null, kind.equals("PAID_SERVICE") ? a.paidServiceId() : null,
                    kind.equals("PAID_SERVICE") ? Timestamp.valueOf(a.desiredAt()) : null, text, channel, contact)) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (AttachedFile f : files) {
                Sql.update(c, "INSERT INTO appeal_attachment (appeal_id, file_name, content_type, size, content) VALUES (?,?,?,?,?)", id,
                        f.fileName(), f.contentType(), f.content().length, f.content());
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account's appeals and orders, newest first. */
    public List<AppealView> mine(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            return list(c, "q.account_id = ?", List.of(accountId), 100);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The active price list of the account's company. */
    public List<PriceItem> priceList(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            return priceList(c, Sql.queryLong(c, 0, "SELECT organization_id FROM personal_account WHERE id = ?", accountId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attachment of an appeal about one of the user's linked accounts; any other is "not found". */
    public FileContent attachmentForResident(String login, long attachmentId) {
        try (Connection c = ds.getConnection()) {
            long account = Sql.queryLong(c, -1, "SELECT q.account_id FROM appeal_attachment f JOIN appeal q ON q.id = f.appeal_id"
                    + " WHERE f.id = ?", attachmentId);
            if (account < 0) {
                throw Refusal.notFound("Файл не найден");
            }
            links.require(c, login, account);
            return content(c, attachmentId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- staff ---

    /** The organization's queue: of one kind and status (each may be null), oldest open first, at most {@code limit}. */
    public List<AppealView> queue(StaffMember staff, String organizationCode, String kind, String status, int limit) {
        Organization org = operatorFor(staff, organizationCode);
        StringBuilder where = new StringBuilder("q.organization_id = ?");
        List<Object> params = new ArrayList<>(List.of(org.id()));
        if (kind != null && !kind.isBlank()) {
            where.append(" AND q.kind = ?");
            params.add(kind);
        }
        if (status != null && !status.isBlank()) {
            where.append(" AND q.status = ?");
            params.add(status);
        }
        try (Connection c = ds.getConnection()) {
            return list(c, where.toString(), params, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An operator's answer and new status; the resident is told by their channel when the appeal gets an answer or a
     * final status. Refused for another organization's appeal ("not found").
     */
    public void answer(StaffMember staff, String organizationCode, long appealId, String status, String answer) {
        Organization org = operatorFor(staff, organizationCode);
        if (status == null || !STATUSES.containsKey(status) || status.equals("NEW")) {
            throw Refusal.invalid("Состояние: в работе, дан ответ, выполнено или отклонено");
        }
        String text = answer == null ? "" : answer.strip();
        if (FINAL.contains(status) && text.isEmpty()) {
            throw Refusal.invalid("Ответ: напишите жителю ответ");
        }
        if (text.length() > 5000) {
            throw Refusal.invalid("Ответ: не длиннее 5000 символов");
        }
        try (Connection c = ds.getConnection()) {
            String channel;
            String contact;
            String number;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT q.contact_channel, q.contact, a.number FROM appeal q"
                    + " JOIN personal_account a ON a.id = q.account_id WHERE q.id = ? AND q.organization_id = ? FOR UPDATE"), appealId, org.id());
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Refusal.notFound("Обращение " + appealId + " не найдено");
                }
                channel = rs.getString(1);
                contact = rs.getString(2);
                number = rs.getString(3);
            }
            Sql.update(c, "UPDATE appeal SET status = ?, answer = COALESCE(?, answer), answered_by = ?, answered_at = CURRENT_TIMESTAMP(3)"
                    + " WHERE id = ?", status, text.isEmpty() ? null : text, staff.login(), appealId);
            if (!text.isEmpty()) {
                String key = "appeal:" + appealId + ":" + status + ":" + System.currentTimeMillis();
                String head = "Обращение № " + appealId + " (лицевой счёт " + number + "): " + STATUSES.get(status);
                if (channel.equals("SMS")) {
                    String sms = head + ". " + text;
                    SmsQueue.queue(c, org.id(), contact, "SMS: ответ на обращение " + appealId,
                            (sms.length() > 300 ? sms.substring(0, 297) + "…" : sms) + " Подробнее в личном кабинете.", key);
                } else {
                    EmailQueue.queue(c, org.id(), contact, "Ответ на обращение № " + appealId, "Здравствуйте!\n\n" + head + ".\n\n" + text
                            + "\n\nОбращение и ответ — в личном кабинете, раздел «Обращения».", key);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attachment for staff of the appeal's organization. */
    public FileContent attachmentForStaff(StaffMember staff, String organizationCode, long attachmentId) {
        Organization org = operatorFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            if (Sql.queryLong(c, 0, "SELECT COUNT(*) FROM appeal_attachment f JOIN appeal q ON q.id = f.appeal_id WHERE f.id = ?"
                    + " AND q.organization_id = ?", attachmentId, org.id()) == 0) {
                throw Refusal.notFound("Файл не найден");
            }
            return content(c, attachmentId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<PriceItem> priceListForStaff(StaffMember staff, String organizationCode) {
        Organization org = operatorFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            return priceList(c, org.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void addPriceItem(StaffMember staff, String organizationCode, String name, BigDecimal price, String unit) {
        Organization org = operatorFor(staff, organizationCode);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw Refusal.invalid("Услуга: название от 1 до 200 символов");
        }
        if (price == null || price.signum() < 0 || price.scale() > 2) {
            throw Refusal.invalid("Цена: рубли и копейки, не меньше нуля");
        }
        try (Connection c = ds.getConnection()) {
            if (Sql.update(c, "INSERT IGNORE INTO paid_service (organization_id, name, price, unit) VALUES (?, ?, ?, ?)", org.id(),
                    name.strip(), price, unit == null || unit.isBlank() ? "услуга" : unit.strip()) == 0) {
                throw Refusal.conflict("Услуга «" + name.strip() + "» уже есть в прейскуранте");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void removePriceItem(StaffMember staff, String organizationCode, long id) {
        Organization org = operatorFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            if (Sql.update(c, "UPDATE paid_service SET active = FALSE WHERE id = ? AND organization_id = ?", id, org.id()) == 0) {
                throw Refusal.notFound("Услуга не найдена");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Organization operatorFor(StaffMember staff, String organizationCode) {
        if (!staff.has(Role.OPERATOR) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Обращения разбирают операторы и администраторы");
        }
        return organizations.actingFor(staff, organizationCode);
    }

    private static List<PriceItem> priceList(Connection c, long organizationId) throws SQLException {
        List<PriceItem> items = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, name, price, unit FROM paid_service WHERE organization_id = ?"
                + " AND active ORDER BY name"), organizationId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(new PriceItem(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
            }
        }
        return items;
    }

    private static List<AppealView> list(Connection c, String where, List<Object> params, int limit) throws SQLException {
        Map<Long, AppealView> appeals = new LinkedHashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT q.id, q.kind, q.category, s.name, q.desired_at, q.text, q.status,"
                + " q.answer, q.answered_by, q.created_at, q.answered_at, a.number, CONCAT(b.address, ', кв. ', p.number), q.contact"
                + " FROM appeal q JOIN personal_account a ON a.id = q.account_id JOIN premises p ON p.id = a.premises_id"
                + " JOIN building b ON b.id = p.building_id LEFT JOIN paid_service s ON s.id = q.paid_service_id WHERE " + where
                + " ORDER BY q.status IN ('NEW', 'IN_WORK') DESC, q.id DESC LIMIT " + Math.max(1, Math.min(limit, 500))), params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                appeals.put(rs.getLong(1), new AppealView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toLocalDateTime(), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12), rs.getString(13),
                        rs.getString(14), new ArrayList<>()));
            }
        }
        if (!appeals.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT appeal_id, id, file_name, size FROM appeal_attachment WHERE appeal_id IN ("
                    + Sql.idList(appeals.keySet()) + ") ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    appeals.get(rs.getLong(1)).files().add(new FileInfo(rs.getLong(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return new ArrayList<>(appeals.values());
    }

    private static FileContent content(Connection c, long attachmentId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT file_name, content_type, content FROM appeal_attachment WHERE id = ?"),
                attachmentId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw Refusal.notFound("Файл не найден");
            }
            return new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3));
        }
    }
}
