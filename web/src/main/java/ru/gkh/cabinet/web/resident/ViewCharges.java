package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentAccount;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Начисления: a closed month of the account shown, chosen in a list, with how every figure was computed. The month
 * chosen comes in the address ({@code ?month=2026-10}, a GET form's), the latest closed one when none is.
 */
@Named
@RequestScoped
public class ViewCharges {

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentAccount accounts;

    /** yyyy-MM; the latest closed month when none is chosen. */
    private String month;
    private List<YearMonth> months;
    private ResidentAccount.MonthCharges charges;

    public List<YearMonth> getMonths() {
        if (months == null) {
            months = current.getId() == null ? List.of() : accounts.closedMonths(current.login(), current.getId());
        }
        return months;
    }

    public ResidentAccount.MonthCharges getCharges() {
        if (charges == null && !getMonths().isEmpty()) {
            YearMonth m = month == null ? months.get(0) : ChosenMonth.parse("Месяц", month);
            if (m == null) {
                return null;
            }
            try {
                charges = accounts.charges(current.login(), current.getId(), m);
            } catch (Refusal e) {
                Messages.error(e.getMessage());
            }
        }
        return charges;
    }

    public String getMonth() {
        return month != null ? month : getMonths().isEmpty() ? null : months.get(0).toString();
    }

    public void setMonth(String month) {
        this.month = month == null || month.isBlank() ? null : month.strip();
    }
}
