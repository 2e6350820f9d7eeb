package ru.gkh.cabinet.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.gkh.cabinet.domain.model.identity.ApiToken;
import ru.gkh.cabinet.domain.model.identity.PasswordHashing;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.identity.UserAccount;

/** Staff users: checking their passwords and API tokens, and the tokens they make for their scripts. */
@Stateless
public class StaffDirectory {

    @PersistenceContext
    private EntityManager em;

    /** The staff member with this login and password, if both match an active user. */
    public Optional<StaffMember> authenticate(String login, String password) {
        if (login == null || password == null) {
            return Optional.empty();
        }
        UserAccount user = byLogin(login.strip());
        // A missing user is still checked against a decoy hash, so that timing does not tell which logins exist.
        boolean ok = user == null ? PasswordHashing.matches(password, null) : user.passwordMatches(password);
        return ok && user != null && user.isActive() ? Optional.of(toStaff(user)) : Optional.empty();
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
