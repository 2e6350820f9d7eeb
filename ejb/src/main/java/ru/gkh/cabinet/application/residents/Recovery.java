package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.domain.model.identity.PasswordPolicy;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * "Forgot password" by email: a single-use link (24 hours, stored hashed) to set a new password; setting it ends every
 * other session and tells the owner by email. Asking for a link answers the same whether the address is registered or
 * not, so addresses cannot be probed.
 */
@Stateless
public class Recovery {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private StaffDirectory directory;

    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Mails a link to set a new password when an active user has this email; silent otherwise. */
    public void request(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        UserAccount user = active(address);
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

    /** Sets the new password through a recovery link; returns the user's email. */
    public String reset(String token, String password, String again) {
        try (Connection c = ds.getConnection()) {
            long userId = OneTimeLinks.take(c, token, "RECOVER", new OneTimeLinks.Refusals(
                    "Ссылка недействительна: запросите смену пароля снова",
                    "Эта ссылка уже использована: запросите смену пароля снова, если нужно",
                    "Ссылка устарела (она действует 24 часа): запросите смену пароля снова")).userId();
            UserAccount user = em.find(UserAccount.class, userId);
            String weak = PasswordPolicy.problem(password, user.email(), null);
            if (weak != null) {
                throw Refusal.invalid(weak);
            }
            if (!password.equals(again)) {
                throw Refusal.invalid("Пароль ещё раз: не совпадает с паролем");
            }
            user.changePassword(password);
            mail(c, user, "Пароль личного кабинета изменён", "Здравствуйте!\n\nПароль вашего личного кабинета только что изменён;"
                    + " все прежние входы завершены.\n\nЕсли это были не вы, сразу восстановите пароль на странице входа и сообщите"
                    + " в управляющую организацию.", "password-changed:" + OneTimeSecret.hashOf(token.strip()));
            return user.email();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the user's password last changed (sessions signed in before it are over), or null. */
    public Instant credentialsChangedAt(String login) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT credentials_changed_at FROM user_account WHERE login = ?"), login);
             ResultSet rs = ps.executeQuery()) {
            Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
            return t == null ? null : t.toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
