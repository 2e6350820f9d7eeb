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
import jakarta.ejb.EJB;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.domain.model.identity.AddressLimits;
import ru.gkh.cabinet.domain.model.identity.PasswordPolicy;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.domain.model.importing.PhoneNumber;
import ru.gkh.cabinet.domain.model.importing.RowRejected;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * A resident registers on their own: an account number with proof of possession, email, phone, password and the
 * consent; the user is PENDING until confirmed, as they choose, by the link mailed to them (24 hours) or the code sent
 * by SMS (10 minutes, 5 attempts), both queued in the outbox in the same transaction; confirming activates the user and
 * links the account. Where the company reviews registrations, the request waits for an operator first
 * ({@link RegistrationReview}), whose approval sends the link or code. One message for "no such account" and "proof does
 * not match", so account numbers cannot be probed; each address may try only so often.
 */
@Stateless
public class Registration {

    public static final String NO_MATCH = "Лицевой счёт не найден или данные для проверки не совпадают";
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private SecurityLog log;

    @EJB
    private SmsCodes codes;

    /** Where residents reach the cabinet, for the links in mail: {@code https://lk.example.ru}. */
    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** What the registration form sends; {@code channel} is how the resident confirms: EMAIL (a link) or SMS (a code). */
    public record Form(String accountNumber, String proof, String email, String phone, String password, String passwordAgain,
                       boolean consent, String channel) {
    }

    /** A registration accepted: where the link or code went, and whether an operator reviews it first. */
    public record Registered(String email, String phone, String channel, boolean review, long userId) {
    }

    /** The current consent document: version, title and text. */
    public record Consent(String version, String title, String body) {
    }

    public Consent consent() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT version, title, body FROM consent_document ORDER BY published_on DESC, version DESC")
                .setMaxResults(1).getSingleResult();
        return new Consent((String) row[0], (String) row[1], (String) row[2]);
    }

    /** Registers from the address {@code ip}. Refusals name the field, in Russian. */
    public Registered register(Form f, String ip) {
        String login = f.email() == null ? "" : f.email().strip();
        if (!log.allows(ip, AddressLimits.Limited.REGISTER, login)) {
            throw Refusal.conflict(SecurityLog.LIMITED_MESSAGE);
        }
        try {
            Registered r = registerChecked(f);
            log.record(r.userId(), r.email(), ip, SecurityLog.Action.REGISTER, r.review() ? "SENT_FOR_REVIEW" : "CONFIRMATION_SENT");
            return r;
        } catch (Refusal e) {
            log.record(null, login, ip, SecurityLog.Action.REGISTER, "REFUSED");
            throw e;
        }
    }

    private Registered registerChecked(Form f) {
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
        String channel = f.channel() == null || f.channel().isBlank() ? "EMAIL" : f.channel();
        if (!channel.equals("EMAIL") && !channel.equals("SMS")) {
            problems.add("Способ подтверждения: письмо или SMS");
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
        try (Connection c = ds.getConnection()) {
            if (Sql.queryLong(c, 0, "SELECT registration_review FROM organization WHERE id = ?", account.organizationId()) == 1) {
                Sql.update(c, "INSERT INTO registration_request (user_id, account_id, organization_id, channel, proof) VALUES (?, ?, ?, ?, ?)",
                        user.id(), account.id(), account.organizationId(), channel, f.proof().strip());
                return new Registered(email, phone, channel, true, user.id());
            }
            RegistrationConfirmation.send(c, publicUrl, user, account.id(), account.organizationId(), channel, number);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Registered(email, phone, channel, false, user.id());
    }

    /** Confirms by the SMS code: activates the pending user with this email and links the account. */
    public String confirmCode(String email, String code) {
        UserAccount user = pending(email);
        SmsCodes.Checked checked = user == null ? SmsCodes.GONE : codes.take(user.id(), "REGISTER", code);
        if (!checked.right()) {
            throw checked.refusal();
        }
        user.activate();
        if (checked.accountId() != null) {
            em.createNativeQuery("INSERT IGNORE INTO account_link (user_id, account_id) VALUES (?, ?)").setParameter(1, user.id())
                    .setParameter(2, checked.accountId()).executeUpdate();
        }
        return user.email();
    }

    /**
     * A new SMS code for a registration not yet confirmed (the first expired or was lost); the password chosen at
     * registration proves it is the same person. Not while an operator still reviews the request.
     */
    public void resendCode(String email, String password, String ip) {
        if (!log.allows(ip, AddressLimits.Limited.CODE_SENT, email)) {
            throw Refusal.conflict(SecurityLog.LIMITED_MESSAGE);
        }
        log.record(null, email == null ? "" : email.strip(), ip, SecurityLog.Action.CODE_SENT, "REGISTER");
        UserAccount user = pending(email);
        if (user == null || !user.passwordMatches(password)) {
            throw Refusal.invalid("Электронная почта или пароль не совпадают с указанными при регистрации");
        }
        try (Connection c = ds.getConnection()) {
            if (Sql.queryLong(c, 0, "SELECT COUNT(*) FROM registration_request WHERE user_id = ? AND status = 'WAITING'", user.id()) > 0) {
                throw Refusal.conflict("Заявка на регистрацию ещё на проверке в управляющей организации: код придёт после одобрения");
            }
            long account = Sql.queryLong(c, -1, "SELECT account_id FROM confirmation WHERE user_id = ? AND purpose = 'REGISTER'"
                    + " AND account_id IS NOT NULL ORDER BY id DESC LIMIT 1", user.id());
            if (account < 0) {
                throw Refusal.conflict("Регистрация не найдена: зарегистрируйтесь снова");
            }
            long organization = Sql.queryLong(c, 0, "SELECT organization_id FROM personal_account WHERE id = ?", account);
            String number = number(c, account);
            RegistrationConfirmation.send(c, publicUrl, user, account, organization, "SMS", number);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String number(Connection c, long accountId) throws SQLException {
        try (var ps = Sql.bind(c.prepareStatement("SELECT number FROM personal_account WHERE id = ?"), accountId);
             var rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private UserAccount pending(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class).setParameter("e", address)
                .getResultStream().filter(UserAccount::isPending).findFirst().orElse(null);
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
                    + " AND expires_at > CURRENT_TIMESTAMP(3)", userId) > 0
                    || Sql.queryLong(c, 0, "SELECT COUNT(*) FROM registration_request WHERE user_id = ? AND status = 'WAITING'", userId) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
