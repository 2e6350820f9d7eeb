package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.domain.model.identity.AddressLimits;
import ru.gkh.cabinet.domain.model.importing.PhoneNumber;
import ru.gkh.cabinet.domain.model.importing.RowRejected;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.domain.model.identity.PasswordPolicy;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * "Forgot password" by email (a single-use link, 24 hours) or by SMS (a code, 10 minutes, 5 attempts), both stored
 * hashed; setting the new password ends every other session and every "remember me" device and tells the owner. Asking
 * answers the same whether the address or phone is registered or not, so they cannot be probed; each network address
 * may ask only so often.
 */
@Stateless
public class Recovery {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private StaffDirectory directory;

    @EJB
    private SecurityLog log;

    @EJB
    private SmsCodes codes;

    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Mails a link to set a new password when an active user has this email; silent otherwise. */
    public void request(String email, String ip) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        limit(address, ip);
        UserAccount user = active(address);
        log.record(user == null ? null : user.id(), address, ip, SecurityLog.Action.RECOVER, user == null ? "UNKNOWN" : "LINK_SENT");
        if (user == null) {
            return;
        }
        OneTimeSecret token = OneTimeSecret.linkToken();
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "INSERT INTO confirmation (user_id, purpose, channel, secret_hash, expires_at)"
                    + " VALUES (?, 'RECOVER', 'EMAIL', ?, CURRENT_TIMESTAMP(3) + INTERVAL 24 HOUR)", user.id(), token.hash());
            String link = publicUrl.replaceAll("/+$", "") + "/reset.xhtml?token=" + token.secret();
            mail(c, user, "Смена пароля в личном кабинете", "Здравствуйте!\n\nЧтобы задать новый пароль личного кабинета, перейдите по ссылке"
                    + " в течение 24 часов:\n\n" + link + "\n\nЕсли вы не просили сменить пароль, ничего не делайте: пароль останется прежним.",
                    "recover:" + token.hash());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a code by SMS to the phone of the active user with this email or mobile phone (a phone shared by several
     * users names none); silent otherwise, and when a code went less than a minute ago.
     */
    public void requestCode(String login, String ip) {
        String name = login == null ? "" : login.strip();
        limit(name, ip);
        UserAccount user = byEmailOrPhone(name);
        log.record(user == null ? null : user.id(), name, ip, SecurityLog.Action.RECOVER, user == null ? "UNKNOWN" : "CODE_SENT");
        if (user == null || user.phone() == null) {
            return;
        }
        try (Connection c = ds.getConnection()) {
            SmsCodes.issue(c, user.id(), "RECOVER", null, null, directory.organizationOf(user), user.phone(),
                    "Код для смены пароля личного кабинета: ");
        } catch (Refusal e) {
            // A code went less than a minute ago: that one is still good, and the answer must not tell.
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the new password with the SMS code; the password is checked first, so a weak one does not use up the code. */
    public String resetByCode(String login, String code, String password, String again) {
        UserAccount user = byEmailOrPhone(login == null ? "" : login.strip());
        checkNewPassword(user == null ? null : user.email(), password, again);
        SmsCodes.Checked checked = user == null ? SmsCodes.GONE : codes.take(user.id(), "RECOVER", code);
        if (!checked.right()) {
            throw checked.refusal();
        }
        try (Connection c = ds.getConnection()) {
            changePassword(c, user, password, "password-changed:code:" + user.id() + ":" + System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return user.email();
    }

    /** Sets the new password through a recovery link; returns the user's email. */
    public String reset(String token, String password, String again) {
        try (Connection c = ds.getConnection()) {
            long userId = OneTimeLinks.take(c, token, "RECOVER", new OneTimeLinks.Refusals(
                    "Ссылка недействительна: запросите смену пароля снова",
                    "Эта ссылка уже использована: запросите смену пароля снова, если нужно",
                    "Ссылка устарела (она действует 24 часа): запросите смену пароля снова")).userId();
            UserAccount user = em.find(UserAccount.class, userId);
            checkNewPassword(user.email(), password, again);
            changePassword(c, user, password, "password-changed:" + OneTimeSecret.hashOf(token.strip()));
            return user.email();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkNewPassword(String email, String password, String again) {
        String weak = PasswordPolicy.problem(password, email, null);
        if (weak != null) {
            throw Refusal.invalid(weak);
        }
        if (!password.equals(again)) {
            throw Refusal.invalid("Пароль ещё раз: не совпадает с паролем");
        }
    }

    /** The new password; every other session and remembered device ends, and the owner is told. */
    void changePassword(Connection c, UserAccount user, String password, String key) throws SQLException {
        user.changePassword(password);
        RememberedDevices.forgetAll(c, user.id());
        mail(c, user, "Пароль личного кабинета изменён", "Здравствуйте!\n\nПароль вашего личного кабинета только что изменён;"
                + " все прежние входы завершены.\n\nЕсли это были не вы, сразу восстановите пароль на странице входа и сообщите"
                + " в управляющую организацию.", key);
    }

    private void limit(String login, String ip) {
        if (!log.allows(ip, AddressLimits.Limited.RECOVER, login)) {
            throw Refusal.conflict(SecurityLog.LIMITED_MESSAGE);
        }
    }

    private UserAccount byEmailOrPhone(String login) {
        UserAccount byEmail = active(login.toLowerCase(Locale.ROOT));
        if (byEmail != null || login.contains("@")) {
            return byEmail;
        }
        String phone;
        try {
            phone = PhoneNumber.normalise("phone", login);
        } catch (RowRejected e) {
            return null;
        }
        List<UserAccount> users = em.createQuery("select u from UserAccount u where u.phone = :p and u.status = 'ACTIVE'", UserAccount.class)
                .setParameter("p", phone).setMaxResults(2).getResultList();
        return users.size() == 1 ? users.get(0) : null;
    }

    private UserAccount active(String email) {
        List<UserAccount> users = em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class)
                .setParameter("e", email).getResultList();
        return users.isEmpty() || !users.get(0).isActive() ? null : users.get(0);
    }

    /** Mail to the user through the outbox, in this transaction. */
    private void mail(Connection c, UserAccount user, String subject, String body, String key) throws SQLException {
        EmailQueue.queue(c, directory.organizationOf(user), user.email(), subject, body, key);
    }
}
