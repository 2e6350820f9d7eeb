package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.domain.model.identity.PasswordPolicy;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.domain.model.importing.PhoneNumber;
import ru.gkh.cabinet.domain.model.importing.RowRejected;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * A resident registers on their own: an account number with proof of possession, email, phone, password and the
 * consent; the user is PENDING until the link mailed to them (through the outbox, in the same transaction) is followed
 * within 24 hours, which activates the user and links the account. One message for "no such account" and "proof does
 * not match", so account numbers cannot be probed.
 */
@Stateless
public class Registration {

    public static final String NO_MATCH = "Лицевой счёт не найден или данные для проверки не совпадают";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final long LINK_HOURS = 24;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    /** Where residents reach the cabinet, for the links in mail: {@code https://lk.example.ru}. */
    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** What the registration form sends. */
    public record Form(String accountNumber, String proof, String email, String phone, String password, String passwordAgain,
                       boolean consent) {
    }

    /** The current consent document: version, title and text. */
    public record Consent(String version, String title, String body) {
    }

    public Consent consent() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT version, title, body FROM consent_document ORDER BY published_on DESC, version DESC")
                .setMaxResults(1).getSingleResult();
        return new Consent((String) row[0], (String) row[1], (String) row[2]);
    }

    /** Registers; returns the email the confirmation link went to. Refusals name the field, in Russian. */
    public String register(Form f) {
        List<String> problems = new ArrayList<>();
        String number = f.accountNumber() == null ? "" : f.accountNumber().strip();
        if (!number.matches("\\d{1,12}")) {
            problems.add("Лицевой счёт: только цифры, до 12");
        }
        String email = f.email() == null ? "" : f.email().strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add("Электронная почта: «" + (f.email() == null ? "" : f.email().strip()) + "» — не адрес электронной почты");
        }
        String phone = null;
        try {
            phone = PhoneNumber.normalise("phone", f.phone() == null || f.phone().isBlank() ? "-" : f.phone().strip());
        } catch (RowRejected e) {
            problems.add("Мобильный телефон: «" + (f.phone() == null ? "" : f.phone().strip()) + "» — ожидается +7 и 10 цифр");
        }
        String weak = PasswordPolicy.problem(f.password(), email, number);
        if (weak != null) {
            problems.add(weak);
        } else if (!f.password().equals(f.passwordAgain())) {
            problems.add("Пароль ещё раз: не совпадает с паролем");
        }
        if (!f.consent()) {
            problems.add("Согласие на обработку персональных данных: без него регистрация невозможна");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(String.join("; ", problems));
        }
        AccountProof.Account account = AccountProof.matching(ds, number, f.proof());
        if (account == null) {
            throw Refusal.invalid(NO_MATCH);
        }
        UserAccount existing = em.createQuery("select u from UserAccount u where u.email = :e or u.login = :e", UserAccount.class)
                .setParameter("e", email).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            if (!existing.isPending() || hasLiveLink(existing.id())) {
                throw Refusal.conflict("Этот адрес электронной почты уже зарегистрирован: войдите или восстановите пароль");
            }
            em.remove(existing);   // a registration never confirmed in time: the address is free again
            em.flush();
        }
        UserAccount user = UserAccount.resident(email, phone, f.password(), consent().version());
        em.persist(user);
        em.flush();
        OneTimeSecret token = OneTimeSecret.linkToken();
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "INSERT INTO confirmation (user_id, purpose, channel, secret_hash, account_id, expires_at)"
                    + " VALUES (?, 'REGISTER', 'EMAIL', ?, ?, CURRENT_TIMESTAMP(3) + INTERVAL " + LINK_HOURS + " HOUR)",
                    user.id(), token.hash(), account.id());
            String link = publicUrl.replaceAll("/+$", "") + "/confirm.xhtml?token=" + token.secret();
            EmailQueue.queue(c, account.organizationId(), email, "Подтвердите регистрацию в личном кабинете",
                    "Здравствуйте!\n\nВы зарегистрировались в личном кабинете жителя (лицевой счёт " + number + ").\n"
                    + "Чтобы завершить регистрацию, перейдите по ссылке в течение 24 часов:\n\n" + link
                    + "\n\nЕсли вы не регистрировались, просто не отвечайте на это письмо: без подтверждения учётная запись"
                    + " не заработает.", "confirm:" + token.hash());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return email;
    }

    /** Follows a confirmation link: activates the user and links the account; refuses a used, expired or unknown one. */
    public String confirm(String token) {
        try (Connection c = ds.getConnection()) {
            OneTimeLinks.Taken taken = OneTimeLinks.take(c, token, "REGISTER", new OneTimeLinks.Refusals(
                    "Ссылка недействительна: откройте её из письма целиком или зарегистрируйтесь снова",
                    "Эта ссылка уже использована: регистрация подтверждена, войдите с адресом почты и паролем",
                    "Ссылка устарела (она действует 24 часа): зарегистрируйтесь снова"));
            long userId = taken.userId();
            Long account = taken.accountId();
            UserAccount user = em.find(UserAccount.class, userId);
            user.activate();
            if (account != null) {
                Sql.update(c, "INSERT IGNORE INTO account_link (user_id, account_id) VALUES (?, ?)", userId, account);
            }
            return user.email();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean hasLiveLink(long userId) {
        try (Connection c = ds.getConnection()) {
            return Sql.queryLong(c, 0, "SELECT COUNT(*) FROM confirmation WHERE user_id = ? AND used_at IS NULL"
                    + " AND expires_at > CURRENT_TIMESTAMP(3)", userId) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
