package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.RememberedDevices;
import ru.gkh.cabinet.application.residents.ResidentProfile;
import ru.gkh.cabinet.application.residents.SmsCodes;
import ru.gkh.cabinet.web.security.ClientAddress;
import ru.gkh.cabinet.web.security.SignedIn;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * "Мой профиль": password, email and phone (confirmed before they take effect), subscriptions, remembered devices,
 * and deleting the user account.
 */
@Named
@ViewScoped
public class KeepProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentProfile profiles;

    @EJB
    private RememberedDevices devices;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;
    private String newEmail;
    private String newPhone;
    private String phoneCode;
    private boolean waitingForPhoneCode;
    private Boolean newsByEmail;
    private Boolean newsBySms;
    private String deletePassword;
    private transient ResidentProfile.Profile profile;

    private String login() {
        return current.login();
    }

    private String ip() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public ResidentProfile.Profile getProfile() {
        if (profile == null) {
            profile = profiles.profile(login());
            if (newsByEmail == null) {
                newsByEmail = profile.newsByEmail();
                newsBySms = profile.newsBySms();
            }
        }
        return profile;
    }

    public List<RememberedDevices.Device> getDevices() {
        return devices.devices(login());
    }

    public void changePassword() {
        try {
            profiles.changePassword(login(), currentPassword, newPassword, newPasswordAgain, ip());
            // This session goes on; the others end at their next request.
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(SignedIn.AT, Instant.now().plusMillis(1));
            Messages.info("Пароль изменён. Входы на других устройствах завершены.");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        currentPassword = null;
        newPassword = null;
        newPasswordAgain = null;
    }

    public void changeEmail() {
        try {
            profiles.requestEmailChange(login(), newEmail, ip());
            Messages.info("На " + newEmail.strip() + " отправлено письмо со ссылкой. Адрес изменится, когда вы перейдёте по ней"
                    + " (в течение 24 часов).");
            newEmail = null;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public void changePhone() {
        try {
            profiles.requestPhoneChange(login(), newPhone, ip());
            waitingForPhoneCode = true;
            Messages.info("На новый номер отправлен код. Введите его в течение " + SmsCodes.MINUTES + " минут.");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public void confirmPhone() {
        try {
            String phone = profiles.confirmPhone(login(), phoneCode);
            waitingForPhoneCode = false;
            newPhone = null;
            profile = null;
            Messages.info("Телефон изменён на " + phone);
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        phoneCode = null;
    }

    public void saveSubscriptions() {
        profiles.subscribe(login(), Boolean.TRUE.equals(newsByEmail), Boolean.TRUE.equals(newsBySms));
        profile = null;
        Messages.info("Подписки сохранены");
    }

    public void revoke(RememberedDevices.Device d) {
        try {
            devices.revoke(login(), d.id());
            Messages.info("Устройство забыто: на нём нужно будет войти снова");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /** Deletes the user account with the password, then signs out. */
    public void delete() throws IOException, ServletException {
        try {
            profiles.delete(login(), deletePassword, ip());
        } catch (Refusal e) {
            Messages.error(e.getMessage());
            deletePassword = null;
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?deleted=true");
    }

    public boolean isWaitingForPhoneCode() {
        return waitingForPhoneCode;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    public String getPhoneCode() {
        return phoneCode;
    }

    public void setPhoneCode(String phoneCode) {
        this.phoneCode = phoneCode;
    }

    public boolean isNewsByEmail() {
        getProfile();
        return Boolean.TRUE.equals(newsByEmail);
    }

    public void setNewsByEmail(boolean newsByEmail) {
        this.newsByEmail = newsByEmail;
    }

    public boolean isNewsBySms() {
        getProfile();
        return Boolean.TRUE.equals(newsBySms);
    }

    public void setNewsBySms(boolean newsBySms) {
        this.newsBySms = newsBySms;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
