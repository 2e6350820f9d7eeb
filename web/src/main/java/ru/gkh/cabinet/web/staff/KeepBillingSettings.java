package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.billing.BillingSettings;
import ru.gkh.cabinet.domain.model.importing.FieldFormat;
import ru.gkh.cabinet.domain.model.importing.RowRejected;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The settings page: the late-fee rate table and the reading window of the organization. */
@Named
@ViewScoped
public class KeepBillingSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private BillingSettings settings;

    private String rateFrom;
    private String rate;
    private Integer windowFrom;
    private Integer windowTo;

    public List<BillingSettings.KeyRate> getRates() {
        return settings.keyRates(staff.member(), acting.code());
    }

    public void addRate() {
        try {
            LocalDate from = FieldFormat.date("valid_from", rateFrom == null ? "" : rateFrom);
            BigDecimal value = FieldFormat.decimal("rate", rate == null ? "" : rate, 4);
            settings.setKeyRate(staff.member(), acting.code(), from, value);
            Messages.info("Ставка " + value.toPlainString() + " % действует с " + from);
            rateFrom = null;
            rate = null;
        } catch (RowRejected e) {
            Messages.fieldError("rates:" + ("rate".equals(e.column()) ? "rate" : "from"), e.getMessage());
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public void saveWindow() {
        try {
            settings.setReadingWindow(staff.member(), acting.code(), windowFrom == null ? 0 : windowFrom, windowTo == null ? 0 : windowTo);
            Messages.info("Показания принимаются с " + windowFrom + " по " + windowTo + " число");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public String getRateFrom() {
        return rateFrom;
    }

    public void setRateFrom(String rateFrom) {
        this.rateFrom = rateFrom;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public Integer getWindowFrom() {
        if (windowFrom == null) {
            windowFrom = settings.readingWindow(staff.member(), acting.code()).from();
        }
        return windowFrom;
    }

    public void setWindowFrom(Integer windowFrom) {
        this.windowFrom = windowFrom;
    }

    public Integer getWindowTo() {
        if (windowTo == null) {
            windowTo = settings.readingWindow(staff.member(), acting.code()).to();
        }
        return windowTo;
    }

    public void setWindowTo(Integer windowTo) {
        this.windowTo = windowTo;
    }
}
