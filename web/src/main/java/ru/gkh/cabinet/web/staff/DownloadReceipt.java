package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.receipts.Receipts;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** Staff download one account's receipt of a period, to print it at the office; a missing one is said on the page. */
@Named
@RequestScoped
public class DownloadReceipt {

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private Receipts receipts;

    private String account;
    private String period;

    public void download() {
        YearMonth month;
        try {
            month = YearMonth.parse(period == null ? "" : period.strip());
        } catch (DateTimeParseException e) {
            Messages.fieldError("receipt:period", "«" + period + "» — не период (ожидается ГГГГ-ММ)");
            return;
        }
        String number = account == null ? "" : account.strip();
        if (number.isEmpty()) {
            Messages.fieldError("receipt:account", "Укажите номер лицевого счёта");
            return;
        }
        byte[] pdf;
        try {
            Organization org = receipts.actingFor(staff.member(), acting.code());
            pdf = receipts.pdf(org.id(), number, month);
        } catch (Refusal e) {
            Messages.error(e.getMessage());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType("application/pdf");
        out.setResponseContentLength(pdf.length);
        out.setResponseHeader("Content-Disposition", "attachment; filename=\"" + Receipts.fileName(number, month) + "\"");
        try {
            out.getResponseOutputStream().write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
