package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.RegistrationReview;
import ru.gkh.cabinet.web.security.CurrentStaff;

/**
 * The operators' queue of registration requests: each beside the account as billed, approved or rejected with a
 * comment; and, for administrators, how the company checks registrations.
 */
@Named
@ViewScoped
public class ReviewRegistrations implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private RegistrationReview review;

    private boolean waitingOnly = true;
    private final Map<Long, String> comments = new HashMap<>();
    private String proof;
    private boolean reviewed;
    private boolean settingsRead;
    private transient List<RegistrationReview.Request> requests;

    public List<RegistrationReview.Request> getRequests() {
        if (requests == null) {
            requests = review.requests(staff.member(), acting.code(), waitingOnly, SHOWN);
        }
        return requests;
    }

    public void approve(RegistrationReview.Request r) {
        try {
            review.approve(staff.member(), acting.code(), r.id(), comments.get(r.id()));
            Messages.info("Заявка " + r.id() + " одобрена: житель получит " + ("SMS".equals(r.channel()) ? "код по SMS" : "письмо со ссылкой"));
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        requests = null;
    }

    public void reject(RegistrationReview.Request r) {
        try {
            review.reject(staff.member(), acting.code(), r.id(), comments.get(r.id()));
            Messages.info("Заявка " + r.id() + " отклонена, житель получит комментарий");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        requests = null;
    }

    public void filter() {
        requests = null;
    }

    public void saveSettings() {
        try {
            review.saveSettings(staff.member(), acting.code(), new RegistrationReview.Settings(proof, reviewed));
            Messages.info("Настройки регистрации сохранены");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    private void readSettings() {
        if (!settingsRead) {
            RegistrationReview.Settings s = review.settings(staff.member(), acting.code());
            proof = s.proof();
            reviewed = s.review();
            settingsRead = true;
        }
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public boolean isWaitingOnly() {
        return waitingOnly;
    }

    public void setWaitingOnly(boolean waitingOnly) {
        this.waitingOnly = waitingOnly;
    }

    public String getProof() {
        readSettings();
        return proof;
    }

    public void setProof(String proof) {
        settingsRead = true;
        this.proof = proof;
    }

    public boolean isReviewed() {
        readSettings();
        return reviewed;
    }

    public void setReviewed(boolean reviewed) {
        settingsRead = true;
        this.reviewed = reviewed;
    }
}
