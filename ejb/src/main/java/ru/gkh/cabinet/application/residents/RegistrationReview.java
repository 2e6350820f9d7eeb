package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.application.messaging.SmsQueue;
import ru.gkh.cabinet.domain.model.identity.PossessionProof;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The operators' queue of registration requests ("заявки на регистрацию"), for companies that review registrations:
 * each request beside the billing data of its account; approval sends the confirmation (link or code, as the resident
 * chose), rejection tells the resident why and frees the address. Also the company's registration settings.
 */
@Stateless
public class RegistrationReview {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** Where residents reach the cabinet, for the links in mail. */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @EJB
    private SecurityLog log;

    /** A request as the operator sees it, with the account as billed. */
    public record Request(long id, Instant createdAt, String status, String email, String phone, String channel, String proof,
                          String accountNumber, String holder, String address, BigDecimal area, int residents,
                          BigDecimal lastDue, String comment, String decidedBy) {
    }

    /** How the company checks registrations: the proof asked for (SURNAME or AMOUNT) and whether operators review them. */
    public record Settings(String proof, boolean review) {
    }

    public Settings settings(StaffMember staff, String organizationCode) {
        Organization org = organizations.actingFor(staff, organizationCode);
        Object[] row = (Object[]) em.createNativeQuery("SELECT registration_proof, registration_review FROM organization WHERE id = ?")
                .setParameter(1, org.id()).getSingleResult();
        return new Settings((String) row[0], row[1] instanceof Boolean b ? b : ((Number) row[1]).intValue() == 1);
    }

    /** Administrators choose the proof and whether registrations are reviewed. */
    public void saveSettings(StaffMember staff, String organizationCode, Settings settings) {
        if (!staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Настройки регистрации меняет администратор");
        }
        Organization org = organizations.actingFor(staff, organizationCode);
        try {
            PossessionProof.valueOf(settings.proof());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid("Подтверждение владения: фамилия (SURNAME) или сумма к оплате (AMOUNT)");
        }
        em.createNativeQuery("UPDATE organization SET registration_proof = ?, registration_review = ? WHERE id = ?")
                .setParameter(1, settings.proof()).setParameter(2, settings.review()).setParameter(3, org.id()).executeUpdate();
    }

    /** The company's requests: those waiting first (oldest first), then the latest decisions; at most {@code limit}. */
    public List<Request> requests(StaffMember staff, String organizationCode, boolean waitingOnly, int limit) {
        Organization org = organizations.actingFor(staff, organizationCode);
        List<Request> list = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT q.id, q.created_at, q.status, u.email, u.phone, q.channel, q.proof,"
                     + " a.number, a.holder_name, CONCAT(b.address, ', кв. ', p.number), p.total_area, a.residents,"
                     + " (SELECT r.total_due FROM receipt r WHERE r.account_id = a.id ORDER BY r.period DESC LIMIT 1), q.comment, q.decided_by"
                     + " FROM registration_request q JOIN personal_account a ON a.id = q.account_id JOIN premises p ON p.id = a.premises_id"
                     + " JOIN building b ON b.id = p.building_id LEFT JOIN user_account u ON u.id = q.user_id"
                     + " WHERE q.organization_id = ?" + (waitingOnly ? " AND q.status = 'WAITING'" : "")
                     + " ORDER BY q.status = 'WAITING' DESC, CASE WHEN q.status = 'WAITING' THEN q.id ELSE -q.id END LIMIT ?"),
                     org.id(), limit);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Request(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getBigDecimal(11).stripTrailingZeros(), rs.getInt(12), rs.getBigDecimal(13), rs.getString(14), rs.getString(15)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** Approves: the resident gets the confirmation link or code by the channel they chose. */
    public void approve(StaffMember staff, String organizationCode, long requestId, String comment) {
        Waiting w = waiting(staff, organizationCode, requestId);
        try (Connection c = ds.getConnection()) {
            decide(c, staff, requestId, "APPROVED", comment);
            RegistrationConfirmation.send(c, publicUrl, w.user(), w.accountId(), w.organizationId(), w.channel(), w.number());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        log.record(w.user().id(), w.user().email(), null, SecurityLog.Action.REVIEW, "APPROVED by " + staff.login());
    }

    /** Rejects with a comment the resident reads; the pending user is removed, so the address may register again. */
    public void reject(StaffMember staff, String organizationCode, long requestId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw Refusal.invalid("Комментарий: напишите жителю, почему заявка отклонена");
        }
        Waiting w = waiting(staff, organizationCode, requestId);
        try (Connection c = ds.getConnection()) {
            decide(c, staff, requestId, "REJECTED", comment);
            String text = "Заявка на регистрацию в личном кабинете (лицевой счёт " + w.number() + ") отклонена: " + comment.strip();
            if ("SMS".equals(w.channel())) {
                SmsQueue.queue(c, w.organizationId(), w.user().phone(), "SMS: заявка отклонена", text, "review:" + requestId);
            } else {
                EmailQueue.queue(c, w.organizationId(), w.user().email(), "Заявка на регистрацию отклонена",
                        "Здравствуйте!\n\n" + text + "\n\nВы можете зарегистрироваться снова или обратиться в управляющую организацию.",
                        "review:" + requestId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        log.record(null, w.user().email(), null, SecurityLog.Action.REVIEW, "REJECTED by " + staff.login());
        em.remove(w.user());
    }

    private record Waiting(UserAccount user, long accountId, long organizationId, String channel, String number) {
    }

    private Waiting waiting(StaffMember staff, String organizationCode, long requestId) {
        Organization org = organizations.actingFor(staff, organizationCode);
        List<?> rows = em.createNativeQuery("SELECT q.user_id, q.account_id, q.channel, a.number, q.status FROM registration_request q"
                + " JOIN personal_account a ON a.id = q.account_id WHERE q.id = ? AND q.organization_id = ? FOR UPDATE")
                .setParameter(1, requestId).setParameter(2, org.id()).getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("Заявка " + requestId + " не найдена");
        }
        Object[] r = (Object[]) rows.get(0);
        if (!"WAITING".equals(r[4]) || r[0] == null) {
            throw Refusal.conflict("Заявка " + requestId + " уже рассмотрена");
        }
        UserAccount user = em.find(UserAccount.class, ((Number) r[0]).longValue());
        return new Waiting(user, ((Number) r[1]).longValue(), org.id(), (String) r[2], (String) r[3]);
    }

    private static void decide(Connection c, StaffMember staff, long requestId, String status, String comment) throws SQLException {
        Sql.update(c, "UPDATE registration_request SET status = ?, comment = ?, decided_by = ?, decided_at = CURRENT_TIMESTAMP(3)"
                + " WHERE id = ?", status, comment == null || comment.isBlank() ? null : comment.strip(), staff.login(), requestId);
    }
}
