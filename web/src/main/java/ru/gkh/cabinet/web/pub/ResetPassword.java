package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.Recovery;
import ru.gkh.cabinet.web.staff.Messages;

/** The page a recovery link opens: a new password twice; every other session ends once it is set. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Recovery recovery;

    private String token;
    private String password;
    private String passwordAgain;
    private boolean done;

    public void submit() {
        try {
            recovery.reset(token, password, passwordAgain);
            done = true;
            Messages.info("Пароль изменён, все прежние входы завершены. Войдите с новым паролем.");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
