package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import ru.gkh.cabinet.application.Refusal;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import ru.gkh.cabinet.application.residents.Registration;
import ru.gkh.cabinet.application.residents.SmsCodes;
import ru.gkh.cabinet.web.security.ClientAddress;
import ru.gkh.cabinet.web.staff.Messages;

/** The registration page: the form, the captcha, and what happens next. */
@Named
@ViewScoped
public class Register implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Registration registration;

    @Inject
    Captcha captcha;

    private String account;
    private String proof;
    private String email;
    private String phone;
    private String password;
    private String passwordAgain;
    private boolean consent;
    private String captchaAnswer;
    private String sentTo;
    private String channel = "EMAIL";

    public void submit() {
        if (!captcha.check(captchaAnswer)) {
            Messages.fieldError("register:captcha", "Проверка: ответ не подходит — попробуйте ещё раз с новой картинкой или вопросом");
            captchaAnswer = null;
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Registration.Registered r = registration.register(new Registration.Form(account, proof, email, phone, password, passwordAgain,
                    consent, channel), ClientAddress.of(request));
            sentTo = r.email();
            boolean sms = "SMS".equals(r.channel());
            if (r.review()) {
                Messages.info("Заявка на регистрацию передана в управляющую организацию. Когда оператор её проверит, вы получите "
                        + (sms ? "SMS с кодом на " + r.phone() + "; введите его на странице «Ввести код подтверждения»"
                        : "письмо на " + r.email() + " со ссылкой для завершения регистрации") + ".");
            } else if (sms) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                Messages.info("Мы отправили SMS с кодом на " + r.phone() + ". Введите код в течение " + SmsCodes.MINUTES + " минут.");
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/confirm-code.xhtml?email="
                        + java.net.URLEncoder.encode(r.email(), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                Messages.info(MessageFormat.format("Мы отправили письмо на {0}. Перейдите по ссылке из письма в течение 24 часов,"
                        + " чтобы завершить регистрацию.", sentTo));
            }
        } catch (Refusal e) {
            for (String problem : e.getMessage().split("; ")) {
                Messages.error(problem);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        captchaAnswer = null;
    }

    public void otherCaptcha() {
        captcha.useText();
    }

    public void newCaptcha() {
        captcha.renew();
    }

    public boolean isSent() {
        return sentTo != null;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    /** How the resident confirms: EMAIL (a link) or SMS (a code). */
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getCaptchaAnswer() {
        return captchaAnswer;
    }

    public void setCaptchaAnswer(String captchaAnswer) {
        this.captchaAnswer = captchaAnswer;
    }
}
