package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.messaging.Outbox;
import ru.gkh.cabinet.application.messaging.OutboxMessage;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The outbox page: what the cabinet has sent, waits to send or gave up on, with the error; a failed one sent again. */
@Named
@ViewScoped
public class WatchOutbox implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private Outbox outbox;

    /** PENDING, SENT, FAILED, or empty for all. */
    private String status = "";

    private transient List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = outbox.list(staff.member(), acting.code(), status.isEmpty() ? null : status, SHOWN);
        }
        return messages;
    }

    public Map<String, Long> getCounts() {
        return outbox.counts(staff.member(), acting.code());
    }

    public void filter() {
        messages = null;
    }

    public void retry(OutboxMessage m) {
        try {
            outbox.retry(staff.member(), acting.code(), m.id());
            Messages.info("Сообщение " + m.id() + " снова в очереди на отправку");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        messages = null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }
}
