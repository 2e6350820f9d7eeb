package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.payments.OnlinePaymentBook;
import ru.gkh.cabinet.application.payments.OnlinePayments;
import ru.gkh.cabinet.web.security.ClientAddress;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Where the acquirer sends the resident back ({@code /cabinet/payment.xhtml?id=}): the cabinet asks the acquirer about
 * a payment still undecided, and shows it as "в обработке", "оплачено" or "отклонено". Only the user's own payments.
 */
@Named
@ViewScoped
public class ShowPaymentOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private OnlinePayments payments;

    private Long id;
    private OnlinePaymentBook.OnlinePayment payment;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** On opening and on "Обновить": the payment as the acquirer now says. */
    public void load() {
        if (id == null) {
            Messages.error("Платёж не найден");
            return;
        }
        try {
            payment = payments.returned(current.login(), id,
                    ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public OnlinePaymentBook.OnlinePayment getPayment() {
        return payment;
    }
}
