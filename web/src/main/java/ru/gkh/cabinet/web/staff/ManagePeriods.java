package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.billing.BillingPeriods;
import ru.gkh.cabinet.domain.model.billing.BillingPeriod;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The periods page: the organization's periods with their state, and opening the first one. */
@Named
@ViewScoped
public class ManagePeriods implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private BillingPeriods periods;

    private String firstMonth = YearMonth.now().toString();

    public List<BillingPeriod> getList() {
        return periods.of(staff.member(), acting.code());
    }

    public void openFirst() {
        try {
            BillingPeriod p = periods.openFirst(staff.member(), acting.code(), YearMonth.parse(firstMonth.strip()));
            Messages.info("Открыт расчётный период " + p.month());
        } catch (DateTimeParseException e) {
            Messages.fieldError("periods:month", "«" + firstMonth + "» — не период (ожидается ГГГГ-ММ)");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /** No period yet: the page offers to open the first one. */
    public boolean isFirstToOpen() {
        return getList().isEmpty();
    }

    public String getFirstMonth() {
        return firstMonth;
    }

    public void setFirstMonth(String firstMonth) {
        this.firstMonth = firstMonth;
    }
}
