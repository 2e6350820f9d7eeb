package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.residents.Recovery;
import ru.gkh.cabinet.web.staff.Messages;

/** "Forgot password": the email and the captcha question; the answer is the same whether the address is known or not. */
@Named
@RequestScoped
public class RecoverPassword {

    @EJB
    private Recovery recovery;

    @Inject
    Captcha captcha;

    private String email;
    private String captchaAnswer;
    private boolean sent;

    public void submit() {
        if (!captcha.checkQuestion(captchaAnswer)) {
            Messages.fieldError("recover:captcha", "Проверка: ответ не подходит — ответьте на новый вопрос");
            captchaAnswer = null;
            return;
        }
        recovery.request(email);
        sent = true;
        Messages.info("Если этот адрес зарегистрирован, на него отправлено письмо со ссылкой для смены пароля."
                + " Ссылка действует 24 часа.");
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCaptchaAnswer() {
        return captchaAnswer;
    }

    public void setCaptchaAnswer(String captchaAnswer) {
        this.captchaAnswer = captchaAnswer;
    }
}
