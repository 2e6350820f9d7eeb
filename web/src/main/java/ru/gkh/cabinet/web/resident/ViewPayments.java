package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
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

    /** The closed months to choose from, newest first. */
    public List<YearMonth> getMonths() {
        read();
        return months;
    }

    /** The range chosen (by default the last twelve closed months), or null when there is none or it was refused. */
    public ResidentAccount.Statement getStatement() {
        read();
        return statement;
    }

    /** The statement and the months to choose from, read together (one statement of the database for both). */
    private void read() {
        if (months != null) {
            return;
        }
        Long id = current.getId();
        if (id == null) {
            months = List.of();
            return;
        }
        YearMonth first = from == null ? null : ChosenMonth.parse("С месяца", from);
        YearMonth last = to == null ? null : ChosenMonth.parse("По месяц", to);
        if ((from != null && first == null) || (to != null && last == null)) {
            months = accounts.closedMonths(current.login(), id);
            return;
        }
        try {
            ResidentAccount.Statement read = accounts.statement(current.login(), id, first, last);
            months = read.closed();
            statement = months.isEmpty() ? null : read;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
            months = accounts.closedMonths(current.login(), id);
        }
    }

    /**
     * The month chosen, else the statement's first once read. Not read here: the view parameter asks for its model's
     * value before it sets it, and reading then would read the default range instead of the one asked for.
     */
    public String getFrom() {
        return from != null ? from : statement == null ? null : statement.from().toString();
    }

    public void setFrom(String from) {
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    /** The month chosen, else the statement's last once read (not read here: {@link #getFrom()} says why). */
    public String getTo() {
        return to != null ? to : statement == null ? null : statement.to().toString();
    }

    public void setTo(String to) {
        this.to = to == null || to.isBlank() ? null : to.strip();
    }
}
