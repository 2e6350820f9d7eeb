package ru.gkh.cabinet.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.domain.model.identity.ApiToken;
import ru.gkh.cabinet.domain.model.identity.PasswordHashing;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.identity.UserAccount;

/** Staff users: checking their passwords and API tokens, and the tokens they make for their scripts. */
@Stateless
public class StaffDirectory {

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource(lookup = "jdbc/cabinet")
    private javax.sql.DataSource ds;

    @EJB
    private SecurityLog securityLog;

    /** The user with this login and password, if both match an active user. */
    public Optional<StaffMember> authenticate(String login, String password) {
        return authenticate(login, password, null);
    }

    /**
     * The active user with this login (staff), email (residents, in any letter case) or personal account number (a
     * resident linked to it) and password; every attempt from a page is logged with its address ({@code ip} not null).
     */
    public Optional<StaffMember> authenticate(String login, String password, String ip) {
        if (login == null || password == null) {
            return Optional.empty();
        }
        String name = login.strip();
        List<UserAccount> candidates = new java.util.ArrayList<>();
        UserAccount user = byLogin(name);
        if (user == null && name.contains("@")) {
            user = byLogin(name.toLowerCase(java.util.Locale.ROOT));
        }
        if (user != null) {
            candidates.add(user);
        } else if (name.matches("\\d{1,12}")) {
            // Several people may link the same account (a family): the password tells whose sign-in it is.
            for (Object id : em.createNativeQuery("SELECT DISTINCT l.user_id FROM account_link l JOIN personal_account a ON a.id = l.account_id"
                    + " WHERE a.number = ?").setParameter(1, name).getResultList()) {
                candidates.add(em.find(UserAccount.class, ((Number) id).longValue()));
            }
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        if (ip != null && candidates.size() == 1 && candidates.get(0).isLocked(now)) {
            PasswordHashing.matches(password, null);
            logSignIn(candidates.get(0).id(), name, ip, "LOCKED");
            return Optional.empty();
        }
        UserAccount match = null;
        if (candidates.isEmpty()) {
            // A missing user is still checked against a decoy hash, so that timing does not tell which logins exist.
            PasswordHashing.matches(password, null);
        }
        for (UserAccount u : candidates) {
            if (u.passwordMatches(password) && match == null) {
                match = u;
            }
        }
        boolean ok = match != null && match.isActive();
        if (ip != null) {
            logSignIn(match != null ? match.id() : candidates.size() == 1 ? candidates.get(0).id() : null, name, ip,
                    ok ? "SUCCESS" : match != null ? "NOT_ACTIVE" : "WRONG_PASSWORD");
            if (match == null && candidates.size() == 1) {
                lockAfterTooManyFailures(candidates.get(0), now);
            }
        }
        return ok ? Optional.of(toStaff(match)) : Optional.empty();
    }

    /** After this many wrong passwords within an hour, the user is locked for {@link #LOCK_MINUTES} and told by email. */
    public static final int LOCK_AFTER = 10;
    public static final int LOCK_MINUTES = 30;
    /** After this many wrong passwords within an hour, the sign-in page asks for a captcha too. */
    public static final int CAPTCHA_AFTER = 3;

    private void lockAfterTooManyFailures(UserAccount user, java.time.LocalDateTime now) {
        long failures = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM security_event WHERE user_id = ? AND outcome = 'WRONG_PASSWORD'"
                + " AND created_at > CURRENT_TIMESTAMP(3) - INTERVAL 1 HOUR").setParameter(1, user.id()).getSingleResult()).longValue();
        if (failures < LOCK_AFTER) {
            return;
        }
        user.lockUntil(now.plusMinutes(LOCK_MINUTES));
        if (user.email() != null) {
            try (java.sql.Connection c = ds.getConnection()) {
                EmailQueue.queue(c, organizationOf(user), user.email(), "Вход в личный кабинет временно заблокирован",
                        "Здравствуйте!\n\nЗа последний час было " + failures + " попыток войти в ваш личный кабинет с неверным"
                        + " паролем. Чтобы пароль не подобрали, вход заблокирован на " + LOCK_MINUTES + " минут.\n\nЕсли это были не вы,"
                        + " после разблокировки смените пароль. Если вы забыли пароль, воспользуйтесь восстановлением на странице входа.",
                        "lock:" + user.id() + ":" + now.withSecond(0).withNano(0));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** How many wrong passwords were tried for this login within the last hour (the sign-in page's captcha threshold). */
    public long recentFailures(String login) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM security_event WHERE login = ? AND outcome IN ('WRONG_PASSWORD', 'LOCKED')"
                + " AND created_at > CURRENT_TIMESTAMP(3) - INTERVAL 1 HOUR").setParameter(1, login == null ? "" : login.strip())
                .getSingleResult()).longValue();
    }

    /** Whether this login's user is locked now (to say so on the sign-in page rather than "wrong password"). */
    public boolean isLocked(String login) {
        UserAccount u = login == null ? null : byLogin(login.strip().contains("@") ? login.strip().toLowerCase(java.util.Locale.ROOT) : login.strip());
        return u != null && u.isLocked(java.time.LocalDateTime.now());
    }

    /** In the sign-in's own transaction: the lock below counts the failure just logged. */
    private void logSignIn(Long userId, String login, String ip, String outcome) {
        securityLog.recordInTransaction(userId, login, ip, SecurityLog.Action.SIGN_IN, outcome);
    }

    /** The organization a user belongs to: a staff member's own, or that of a resident's first linked account. */
    public Long organizationOf(UserAccount user) {
        if (user.organizationId() != null) {
            return user.organizationId();
        }
        List<?> r = em.createNativeQuery("SELECT a.organization_id FROM account_link l JOIN personal_account a ON a.id = l.account_id"
                + " WHERE l.user_id = ? ORDER BY l.id").setParameter(1, user.id()).setMaxResults(1).getResultList();
        return r.isEmpty() ? null : ((Number) r.get(0)).longValue();
    }

    /** The staff member behind a personal API token, if it is known and not revoked. */
    public Optional<StaffMember> authenticateToken(String secret) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", ApiToken.hashOf(secret)).getResultStream().findFirst()
                .filter(t -> !t.isRevoked())
                .map(t -> em.find(UserAccount.class, t.userId()))
                .filter(UserAccount::isActive)
                .map(StaffDirectory::toStaff);
    }

    public Optional<StaffMember> byLoginName(String login) {
        return Optional.ofNullable(byLogin(login)).map(StaffDirectory::toStaff);
    }

    public ApiToken.Issued issueToken(StaffMember staff, String name) {
        String n = name == null || name.isBlank() ? "API" : name.strip();
        if (n.length() > 100) {
            throw Refusal.invalid("Название токена: не длиннее 100 символов");
        }
        ApiToken.Issued issued = ApiToken.issue(staff.id(), n);
        em.persist(issued.token());
        em.flush();
        return issued;
    }

    public List<ApiToken> tokensOf(StaffMember staff) {
        return em.createQuery("select t from ApiToken t where t.userId = :u and t.revokedAt is null order by t.id", ApiToken.class)
                .setParameter("u", staff.id()).getResultList();
    }

    public void revokeToken(StaffMember staff, Long tokenId) {
        ApiToken t = em.find(ApiToken.class, tokenId);
        if (t == null || !t.userId().equals(staff.id())) {
            throw Refusal.notFound("Токен не найден");
        }
        t.revoke();
    }

    /** Creates a staff user unless one with that login exists (demo and first-run set-up). */
    public void ensureStaff(String login, String fullName, String password, Long organizationId, Set<Role> roles) {
        if (byLogin(login) == null) {
            em.persist(new UserAccount(login, fullName, password, organizationId, EnumSet.copyOf(roles)));
        }
    }

    /** Creates an active resident with this email unless one exists (the demo set-up). */
    public void ensureResident(String email, String phone, String password) {
        if (byLogin(email) == null) {
            String consent = (String) em.createNativeQuery("SELECT version FROM consent_document ORDER BY published_on DESC")
                    .setMaxResults(1).getSingleResult();
            UserAccount u = UserAccount.resident(email, phone, password, consent);
            u.activate();
            em.persist(u);
        }
    }

    /** Links the organization's first accounts (by number) to a user who has no linked account yet (the demo set-up). */
    public void linkFirstAccounts(String login, long organizationId, int count) {
        UserAccount u = byLogin(login);
        if (u == null) {
            return;
        }
        em.flush();
        em.createNativeQuery("INSERT INTO account_link (user_id, account_id) SELECT ?, a.id FROM personal_account a"
                + " WHERE a.organization_id = ? AND NOT EXISTS (SELECT 1 FROM account_link l WHERE l.user_id = ?)"
                + " ORDER BY a.number LIMIT " + count).setParameter(1, u.id()).setParameter(2, organizationId).setParameter(3, u.id())
                .executeUpdate();
    }

    public boolean anyAdmin() {
        return !em.createQuery("select u.id from UserAccount u join u.roles r where r = :r", Long.class)
                .setParameter("r", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
    }

    private UserAccount byLogin(String login) {
        return em.createQuery("select u from UserAccount u where u.login = :l", UserAccount.class)
                .setParameter("l", login).getResultStream().findFirst().orElse(null);
    }

    private static StaffMember toStaff(UserAccount u) {
        return new StaffMember(u.id(), u.login(), u.fullName(), u.organizationId(), u.roles());
    }
}
