package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.domain.model.identity.ApiToken;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The profile page's personal API tokens: make one (its secret shown once), see them, revoke one. */
@Named
@RequestScoped
public class ManageApiTokens {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    CurrentStaff staff;

    @EJB
    private StaffDirectory directory;

    private String name;
    private String secret;

    public void create() {
        secret = directory.issueToken(staff.member(), name).secret();
        name = null;
    }

    public void revoke(Long id) {
        directory.revokeToken(staff.member(), id);
    }

    public List<ApiToken> getTokens() {
        return directory.tokensOf(staff.member());
    }

    public String format(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
