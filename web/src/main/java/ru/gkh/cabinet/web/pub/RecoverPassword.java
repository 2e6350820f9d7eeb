package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.Recovery;
import ru.gkh.cabinet.application.residents.SmsCodes;
import ru.gkh.cabinet.web.security.ClientAddress;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * "Forgot password": the email (or mobile phone) and the captcha question, then either a mailed link or, by SMS, a code
 * typed here with the new password. The answer is the same whether the address or phone is known or not.
 */
@Named
@ViewScoped
public class RecoverPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Recovery recovery;

    @Inject
    Captcha captcha;

    private String email;
    private String channel = "EMAIL";
    private String captchaAnswer;
    private String code;
    private String password;
    private String passwordAgain;
    /** What was asked for: null (nothing yet), EMAIL (a link went) or SMS (waiting for the code). */
    private String sent;
    private boolean done;

    public void submit() {
        if (!captcha.checkQuestion(captchaAnswer)) {
            Messages.fieldError("recover:captcha", "Проверка: ответ не подходит — ответьте на новый вопрос");
            captchaAnswer = null;
            return;
        }
        captchaAnswer = null;
        String ip = ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        try {
            if ("SMS".equals(channel)) {
                recovery.requestCode(email, ip);
                sent = "SMS";
                Messages.info("Если этот адрес или телефон зарегистрирован, на мобильный телефон из профиля отправлен код."
                        + " Код действует " + SmsCodes.MINUTES + " минут.");
            } else {
                recovery.request(email, ip);
                sent = "EMAIL";
                Messages.info("Если этот адрес зарегистрирован, на него отправлено письмо со ссылкой для смены пароля."
                        + " Ссылка действует 24 часа.");
            }
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public void reset() {
        try {
            recovery.resetByCode(email, code, password, passwordAgain);
            done = true;
            Messages.info("Пароль изменён. Все прежние входы завершены; войдите с новым паролем.");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        code = null;
    }

    public boolean isSent() {
        return sent != null;
    }

    public boolean isWaitingForCode() {
        return "SMS".equals(sent) && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
