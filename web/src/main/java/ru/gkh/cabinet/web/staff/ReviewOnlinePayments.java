package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.payments.OnlinePaymentBook;
import ru.gkh.cabinet.application.payments.OnlinePayments;
import ru.gkh.cabinet.web.security.CurrentStaff;

/**
 * Онлайн-платежи: accountants find the organization's card payments by account, day and id, see each one's state here
 * and at the acquirer with every word the acquirer sent about it, and ask the acquirer about one now.
 */
@Named
@ViewScoped
public class ReviewOnlinePayments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private OnlinePaymentBook book;

    @EJB
    private OnlinePayments payments;

    private String account;
    private LocalDate from;
    private LocalDate to;
    private String id;
    private Long shown;
    private transient List<OnlinePaymentBook.OnlinePayment> found;
    private transient List<OnlinePaymentBook.Event> events;

    public List<OnlinePaymentBook.OnlinePayment> getFound() {
        if (found == null) {
            try {
                found = book.search(staff.member(), acting.code(), account, from, to, id);
            } catch (Refusal e) {
                Messages.error(e.getMessage());
                found = List.of();
            }
        }
        return found;
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.fieldError("payments:to", "Дата «по» раньше даты «с»");
            return;
        }
        found = null;
        shown = null;
    }

    /** The words from the acquirer about one payment. */
    public void show(long paymentId) {
        shown = paymentId;
        events = null;
    }

    public List<OnlinePaymentBook.Event> getEvents() {
        if (events == null && shown != null) {
            events = book.events(staff.member(), acting.code(), shown);
        }
        return events == null ? List.of() : events;
    }

    /** Asks the acquirer about the payment now and shows what it said. */
    public void check(long paymentId) {
        try {
            OnlinePaymentBook.OnlinePayment p = payments.check(staff.member(), acting.code(), paymentId);
            Messages.info("Платёж " + paymentId + ": у эквайера «" + p.providerStatus() + "», в кабинете «" + p.state().label() + "»");
            found = null;
            show(paymentId);
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public Long getShown() {
        return shown;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
