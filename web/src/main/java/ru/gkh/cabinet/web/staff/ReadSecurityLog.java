package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The security log page: sign-ins, registrations, codes, recoveries and refusals by limit, newest first, filtered. */
@Named
@ViewScoped
public class ReadSecurityLog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 300;

    @Inject
    CurrentStaff staff;

    @EJB
    private SecurityLog log;

    private String login;
    private String ip;
    private String action = "";
    private transient List<SecurityLog.Event> events;

    public List<SecurityLog.Event> getEvents() {
        if (events == null) {
            events = log.recent(staff.member(), login, ip, action, SHOWN);
        }
        return events;
    }

    public List<String> getActions() {
        return Arrays.stream(SecurityLog.Action.values()).map(Enum::name).toList();
    }

    public void filter() {
        events = null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null ? "" : action;
    }
}
