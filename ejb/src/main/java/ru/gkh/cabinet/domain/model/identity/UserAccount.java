package ru.gkh.cabinet.domain.model.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** A person's login: staff (bound to one organization, or to all) or resident. Only a hash of the password is kept. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String login;

    private String email;

    private String phone;

    @Column(name = "locked_until")
    private java.time.LocalDateTime lockedUntil;

    @Column(name = "credentials_changed_at")
    private java.time.LocalDateTime credentialsChangedAt;

    @Column(name = "consent_version")
    private String consentVersion;

    @Column(name = "consent_accepted_at")
    private java.time.LocalDateTime consentAcceptedAt;

    @Column(name = "news_by_email")
    private boolean newsByEmail;

    @Column(name = "news_by_sms")
    private boolean newsBySms;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String status = "ACTIVE";

    @Column(name = "organization_id")
    private Long organizationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String login, String fullName, String password, Long organizationId, Set<Role> roles) {
        this.login = login;
        this.fullName = fullName;
        this.passwordHash = PasswordHashing.hash(password);
        this.organizationId = organizationId;
        this.roles = EnumSet.copyOf(roles);
    }

    /**
     * A resident who has just registered: signs in with the email (kept in lower case as the login) once the email
     * is confirmed; until then PENDING. Records the consent version accepted and when.
     */
    public static UserAccount resident(String email, String phone, String password, String consentVersion) {
        UserAccount u = new UserAccount(email, null, password, null, EnumSet.of(Role.RESIDENT));
        u.email = email;
        u.phone = phone;
        u.status = "PENDING";
        u.consentVersion = consentVersion;
        u.consentAcceptedAt = java.time.LocalDateTime.now();
        return u;
    }

    /**
     * A new password (recovery, or the profile): the old one stops working, a lock from guessing ends, and every
     * session signed in before now ends at its next request.
     */
    public void changePassword(String password) {
        passwordHash = PasswordHashing.hash(password);
        lockedUntil = null;
        credentialsChangedAt = java.time.LocalDateTime.now();
    }

    /**
     * A resident's new email, confirmed from it: it is the login too, so every session (signed in under the old one)
     * ends and the resident signs in with the new address.
     */
    public void changeEmail(String email) {
        this.email = email;
        this.login = email;
        credentialsChangedAt = java.time.LocalDateTime.now();
    }

    /** A new mobile phone, confirmed by a code sent to it. */
    public void changePhone(String phone) {
        this.phone = phone;
    }

    /** Which information messages (news, outages) the resident wants, apart from receipts. */
    public void subscribe(boolean byEmail, boolean bySms) {
        this.newsByEmail = byEmail;
        this.newsBySms = bySms;
    }

    public boolean newsByEmail() {
        return newsByEmail;
    }

    public boolean newsBySms() {
        return newsBySms;
    }

    public String phone() {
        return phone;
    }

    /** Too many wrong passwords: no sign-in until {@code until}, even with the right one. */
    public void lockUntil(java.time.LocalDateTime until) {
        lockedUntil = until;
    }

    public boolean isLocked(java.time.LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void activate() {
        status = "ACTIVE";
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    public String email() {
        return email;
    }

    public boolean passwordMatches(String password) {
        return PasswordHashing.matches(password, passwordHash);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String fullName() {
        return fullName;
    }

    /** The organization this staff member serves, or null for one who serves all. */
    public Long organizationId() {
        return organizationId;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
