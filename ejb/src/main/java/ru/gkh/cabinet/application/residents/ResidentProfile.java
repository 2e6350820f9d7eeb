package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.application.messaging.SmsQueue;
import ru.gkh.cabinet.domain.model.identity.AddressLimits;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.domain.model.identity.PasswordPolicy;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.domain.model.importing.PhoneNumber;
import ru.gkh.cabinet.domain.model.importing.RowRejected;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * A resident's own profile: the password (the current one required), the email and phone (the new one confirmed
 * before it takes effect, the old one told), information subscriptions, and deleting the user: the user's personal
 * data is erased, while the personal accounts and their billing stay with the company.
 */
@Stateless
public class ResidentProfile {

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

    /** What the profile page shows. */
    public record Profile(String email, String phone, boolean newsByEmail, boolean newsBySms, String consentVersion, LocalDateTime consentAcceptedAt) {
    }

    public Profile profile(String login) {
        UserAccount u = user(login);
        Object[] consent = (Object[]) em.createNativeQuery("SELECT consent_version, consent_accepted_at FROM user_account WHERE id = ?")
                .setParameter(1, u.id()).getSingleResult();
        return new Profile(u.email(), u.phone(), u.newsByEmail(), u.newsBySms(), (String) consent[0],
                consent[1] == null ? null : ((java.sql.Timestamp) consent[1]).toLocalDateTime());
    }

    /** A new password with the current one; every other session and remembered device ends, and the owner is told. */
    public void changePassword(String login, String current, String password, String again, String ip) {
        UserAccount u = user(login);
        if (current == null || !u.passwordMatches(current)) {
            log.record(u.id(), login, ip, SecurityLog.Action.PASSWORD, "WRONG_CURRENT");
            throw Refusal.invalid("Текущий пароль: неверный");
        }
        String weak = PasswordPolicy.problem(password, u.email(), null);
        if (weak != null) {
            throw Refusal.invalid(weak);
        }
        if (!password.equals(again)) {
            throw Refusal.invalid("Новый пароль ещё раз: не совпадает с новым паролем");
        }
        u.changePassword(password);
        try (Connection c = ds.getConnection()) {
            RememberedDevices.forgetAll(c, u.id());
            EmailQueue.queue(c, directory.organizationOf(u), u.email(), "Пароль личного кабинета изменён", "Здравствуйте!\n\nПароль вашего"
                    + " личного кабинета только что изменён в профиле; входы на других устройствах завершены.\n\nЕсли это были не вы,"
                    + " сразу восстановите пароль на странице входа и сообщите в управляющую организацию.",
                    "password-changed:profile:" + u.id() + ":" + System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        log.record(u.id(), login, ip, SecurityLog.Action.PASSWORD, "CHANGED");
    }

    /** Mails a link to the new address (24 hours); the address changes once the link is followed. */
    public void requestEmailChange(String login, String newEmail, String ip) {
        UserAccount u = user(login);
        String email = newEmail == null ? "" : newEmail.strip().toLowerCase(Locale.ROOT);
        if (!Registration.EMAIL.matcher(email).matches() || email.length() > 254) {
            throw Refusal.invalid("Новая электронная почта: «" + (newEmail == null ? "" : newEmail.strip()) + "» — не адрес электронной почты");
        }
        if (email.equals(u.email())) {
            throw Refusal.invalid("Новая электронная почта: это ваш нынешний адрес");
        }
        if (taken(email)) {
            throw Refusal.conflict("Этот адрес электронной почты уже зарегистрирован");
        }
        if (!log.allows(ip, AddressLimits.Limited.CODE_SENT, login)) {
            throw Refusal.conflict(SecurityLog.LIMITED_MESSAGE);
        }
        log.record(u.id(), login, ip, SecurityLog.Action.CODE_SENT, "CONTACT_EMAIL");
        OneTimeSecret token = OneTimeSecret.linkToken();
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "UPDATE confirmation SET used_at = CURRENT_TIMESTAMP(3) WHERE user_id = ? AND purpose = 'CONTACT' AND channel = 'EMAIL'"
                    + " AND used_at IS NULL", u.id());
            Sql.update(c, "INSERT INTO confirmation (user_id, purpose, channel, secret_hash, new_value, expires_at)"
                    + " VALUES (?, 'CONTACT', 'EMAIL', ?, ?, CURRENT_TIMESTAMP(3) + INTERVAL 24 HOUR)", u.id(), token.hash(), email);
            String link = publicUrl.replaceAll("/+$", "") + "/contact.xhtml?token=" + token.secret();
            EmailQueue.queue(c, directory.organizationOf(u), email, "Подтвердите новый адрес для личного кабинета", "Здравствуйте!\n\n"
                    + "Этот адрес указан как новый адрес электронной почты личного кабинета жителя. Чтобы подтвердить его, перейдите"
                    + " по ссылке в течение 24 часов:\n\n" + link + "\n\nЕсли вы ничего не меняли, просто не отвечайте на это письмо.",
                    "contact:" + token.hash());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Follows the link from the new address: it becomes the email and the login; the old address is told. */
    public String confirmEmail(String token) {
        try (Connection c = ds.getConnection()) {
            OneTimeLinks.Taken taken = OneTimeLinks.take(c, token, "CONTACT", new OneTimeLinks.Refusals(
                    "Ссылка недействительна: откройте её из письма целиком или укажите новый адрес в профиле снова",
                    "Эта ссылка уже использована: новый адрес подтверждён",
                    "Ссылка устарела (она действует 24 часа): укажите новый адрес в профиле снова"));
            UserAccount u = em.find(UserAccount.class, taken.userId());
            if (taken(taken.newValue())) {
                throw Refusal.conflict("Этот адрес электронной почты уже зарегистрирован");
            }
            String old = u.email();
            u.changeEmail(taken.newValue());
            RememberedDevices.forgetAll(c, u.id());
            EmailQueue.queue(c, directory.organizationOf(u), old, "Адрес почты личного кабинета изменён", "Здравствуйте!\n\nАдрес"
                    + " электронной почты вашего личного кабинета изменён на " + taken.newValue() + "; теперь входите с ним.\n\n"
                    + "Если это были не вы, сразу обратитесь в управляющую организацию.", "contact-changed:" + OneTimeSecret.hashOf(token.strip()));
            log.record(u.id(), old, null, SecurityLog.Action.CONTACT, "EMAIL_CHANGED");
            return taken.newValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a code to the new phone; it becomes the phone once the code is typed. */
    public void requestPhoneChange(String login, String newPhone, String ip) {
        UserAccount u = user(login);
        String phone;
        try {
            phone = PhoneNumber.normalise("phone", newPhone == null || newPhone.isBlank() ? "-" : newPhone.strip());
        } catch (RowRejected e) {
            throw Refusal.invalid("Новый мобильный телефон: «" + (newPhone == null ? "" : newPhone.strip()) + "» — ожидается +7 и 10 цифр");
        }
        if (phone.equals(u.phone())) {
            throw Refusal.invalid("Новый мобильный телефон: это ваш нынешний номер");
        }
        if (!log.allows(ip, AddressLimits.Limited.CODE_SENT, login)) {
            throw Refusal.conflict(SecurityLog.LIMITED_MESSAGE);
        }
        log.record(u.id(), login, ip, SecurityLog.Action.CODE_SENT, "CONTACT_PHONE");
        try (Connection c = ds.getConnection()) {
            SmsCodes.issue(c, u.id(), "CONTACT", null, phone, directory.organizationOf(u), phone, "Код для смены телефона в личном кабинете: ");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code from the new phone: it becomes the phone; the old phone and the email are told. Returns the new phone. */
    public String confirmPhone(String login, String code) {
        UserAccount u = user(login);
        SmsCodes.Checked checked = codes.take(u.id(), "CONTACT", code);
        if (!checked.right()) {
            throw checked.refusal();
        }
        String old = u.phone();
        u.changePhone(checked.newValue());
        try (Connection c = ds.getConnection()) {
            Long org = directory.organizationOf(u);
            String key = "phone-changed:" + u.id() + ":" + System.currentTimeMillis();
            if (old != null) {
                SmsQueue.queue(c, org, old, "SMS: телефон изменён", "Телефон вашего личного кабинета изменён на другой номер."
                        + " Если это были не вы, обратитесь в управляющую организацию.", key + ":sms");
            }
            EmailQueue.queue(c, org, u.email(), "Телефон личного кабинета изменён", "Здравствуйте!\n\nМобильный телефон вашего личного"
                    + " кабинета изменён на " + checked.newValue() + ".\n\nЕсли это были не вы, обратитесь в управляющую организацию.", key);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        log.record(u.id(), login, null, SecurityLog.Action.CONTACT, "PHONE_CHANGED");
        return checked.newValue();
    }

    public void subscribe(String login, boolean byEmail, boolean bySms) {
        user(login).subscribe(byEmail, bySms);
    }

    /**
     * Deletes the user with the password: the user's personal data (email, phone, password, links, devices, codes) is
     * erased, the security log keeps what happened without the address, and mail and SMS to them are blanked. The
     * personal accounts, their billing and receipts stay with the company.
     */
    public void delete(String login, String password, String ip) {
        UserAccount u = user(login);
        if (password == null || !u.passwordMatches(password)) {
            log.record(u.id(), login, ip, SecurityLog.Action.DELETE, "WRONG_PASSWORD");
            throw Refusal.invalid("Пароль: неверный — учётная запись не удалена");
        }
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "UPDATE security_event SET login = '(удалён)', user_id = NULL WHERE user_id = ?", u.id());
            Sql.update(c, "UPDATE security_event SET login = '(удалён)' WHERE login IN (?, ?)", u.login(), u.email());
            Sql.update(c, "DELETE FROM outbox_message WHERE status = 'PENDING' AND recipient IN (?, ?)", u.email(), u.phone());
            Sql.update(c, "UPDATE appeal SET contact = '(удалено)' WHERE user_id = ?", u.id());
            Sql.update(c, "UPDATE outbox_message SET recipient = '(удалено)', body = '(удалено)' WHERE recipient = ?", u.email());
            if (u.phone() != null && Sql.queryLong(c, 0, "SELECT COUNT(*) FROM user_account WHERE phone = ? AND id <> ?", u.phone(), u.id()) == 0) {
                Sql.update(c, "UPDATE outbox_message SET recipient = '(удалено)', body = '(удалено)' WHERE recipient = ?", u.phone());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long id = u.id();
        em.remove(u);
        em.flush();
        log.recordInTransaction(null, "(удалён)", ip, SecurityLog.Action.DELETE, "DELETED user " + id);
    }

    private boolean taken(String email) {
        return !em.createQuery("select u.id from UserAccount u where u.email = :e or u.login = :e").setParameter("e", email)
                .getResultList().isEmpty();
    }

    private UserAccount user(String login) {
        return em.createQuery("select u from UserAccount u where u.login = :l and u.status = 'ACTIVE'", UserAccount.class)
                .setParameter("l", login).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("Пользователь не найден"));
    }
}
