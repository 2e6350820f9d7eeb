package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.payments.OnlinePaymentBook;
import ru.gkh.cabinet.application.residents.ResidentAccount;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Платежи: the statement over a chosen range of closed months, each payment with how it was spread, and the card
 * payments started in the cabinet with their state. The range chosen comes in the address ({@code ?from=2026-01&to=2026-10},
 * a GET form's), the last twelve closed months when none is.
 */
@Named
@RequestScoped
public class ViewPayments {

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentAccount accounts;

    @EJB
    private OnlinePaymentBook onlinePayments;

    private List<OnlinePaymentBook.OnlinePayment> online;

    private String from;
    private String to;
    private List<YearMonth> months;
    private ResidentAccount.Statement statement;

    /** The card payments started in the cabinet for this account, newest first, with their state. */
    public List<OnlinePaymentBook.OnlinePayment> getOnline() {
        if (online == null) {
            online = current.getId() == null ? List.of() : onlinePayments.ofAccount(current.login(), current.getId());
        }
        return online;
    }

    public List<YearMonth> getMonths() {
        if (months == null) {
            months = current.getId() == null ? List.of() : accounts.closedMonths(current.login(), current.getId());
        }
        return months;
    }

    /** By default the last twelve closed months. */
    public ResidentAccount.Statement getStatement() {
        if (statement == null && !getMonths().isEmpty()) {
            YearMonth first = parse("С месяца", getFrom());
            YearMonth last = parse("По месяц", getTo());
            if (first == null || last == null) {
                return null;
            }
            try {
                statement = accounts.statement(current.login(), current.getId(), first, last);
            } catch (Refusal e) {
                Messages.error(e.getMessage());
            }
        }
        return statement;
    }

    private static YearMonth parse(String field, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            Messages.error(field + ": «" + text + "» — ожидается ГГГГ-ММ");
            return null;
        }
    }

    public String getFrom() {
        return from != null ? from : getMonths().isEmpty() ? null : months.get(Math.min(11, months.size() - 1)).toString();
    }

    public void setFrom(String from) {
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    public String getTo() {
        return to != null ? to : getMonths().isEmpty() ? null : months.get(0).toString();
    }

    public void setTo(String to) {
        this.to = to == null || to.isBlank() ? null : to.strip();
    }
}
