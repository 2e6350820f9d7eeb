package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.application.residents.ResidentAccount;

/**
 * Расчёт ОДН: the common-property figures of the account's building for a chosen closed month. The view is stateless:
 * the month chosen comes with the postback that shows it.
 */
@Named
@RequestScoped
public class ViewCommonProperty {

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentAccount accounts;

    private String month;
    private List<YearMonth> months;
    private List<ResidentAccount.CommonRow> rows;

    public List<YearMonth> getMonths() {
        if (months == null) {
            months = current.getId() == null ? List.of() : accounts.closedMonths(current.login(), current.getId());
        }
        return months;
    }

    public List<ResidentAccount.CommonRow> getRows() {
        if (rows == null) {
            rows = getMonths().isEmpty() ? List.of() : accounts.commonProperty(current.login(), current.getId(), YearMonth.parse(getMonth()));
        }
        return rows;
    }

    public void show() {
        rows = null;
    }

    public String getMonth() {
        return month != null ? month : getMonths().isEmpty() ? null : months.get(0).toString();
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
