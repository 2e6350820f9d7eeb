package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.billing.BillingPeriods;
import ru.gkh.cabinet.batch.closing.PeriodCloseLauncher;
import ru.gkh.cabinet.batch.receipts.ReceiptsLauncher;
import ru.gkh.cabinet.batch.jobs.JobState;
import ru.gkh.cabinet.batch.jobs.Jobs;
import ru.gkh.cabinet.domain.model.billing.BillingPeriod;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The periods page: the organization's periods, opening the first one, starting a close and following its progress. */
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

    @EJB
    private PeriodCloseLauncher launcher;

    @EJB
    private ReceiptsLauncher receiptsLauncher;

    @EJB
    private Jobs jobs;

    @EJB
    private Organizations organizations;

    private String firstMonth = YearMonth.now().toString();

    /** The periods, read once per request: the table, the poll's condition and the first-period form all ask. */
    public List<BillingPeriod> getList() {
        @SuppressWarnings("unchecked")
        List<BillingPeriod> list = (List<BillingPeriod>) perRequest().computeIfAbsent("list", k -> periods.of(staff.member(), acting.code()));
        return list;
    }

    /** A job's state, read once per request (the progress cell and the poll's condition both ask). */
    private JobState state(long execution) {
        return (JobState) perRequest().computeIfAbsent("job-" + execution, k -> jobs.state(execution));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<Object, Object> perRequest() {
        return (java.util.Map<Object, Object>) jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(ManagePeriods.class.getName(), k -> new java.util.HashMap<>());
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
        perRequest().clear();   // the page shows what the action changed
    }

    /** Starts the close of the open period (the page asks for confirmation first). */
    public void close(BillingPeriod period) {
        try {
            launcher.start(staff.member(), acting.code(), period.month());
            Messages.info("Закрытие периода " + period.month() + " начато");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        perRequest().clear();   // the page shows what the action changed
    }

    /** Starts making the closed period's receipts (those not made yet). */
    public void makeReceipts(BillingPeriod period) {
        try {
            receiptsLauncher.start(staff.member(), acting.code(), period.month(), null);
            Messages.info("Формирование квитанций за " + period.month() + " начато");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        perRequest().clear();   // the page shows what the action changed
    }

    /** The receipts run of a closed period, if one was started. */
    public JobState receipts(BillingPeriod period) {
        return period.receiptsExecutionId() == null ? null : state(period.receiptsExecutionId());
    }

    /** The close of each period that has one: its job's state, for the progress and the history. */
    public JobState job(BillingPeriod period) {
        return period.closeExecutionId() == null ? null : state(period.closeExecutionId());
    }

    /** Elapsed time, and while it runs the time left at the pace so far: «прошло 0:42, осталось ≈ 1:10». */
    public String timing(JobState job) {
        if (job == null || job.startedAt() == null) {
            return "";
        }
        java.time.Instant end = job.endedAt() == null ? java.time.Instant.now() : job.endedAt();
        long elapsed = Math.max(0, java.time.Duration.between(job.startedAt(), end).getSeconds());
        String text = "прошло " + clock(elapsed);
        if (job.endedAt() == null && job.done() > 0 && job.total() > job.done()) {
            text += ", осталось ≈ " + clock(elapsed * (job.total() - job.done()) / job.done());
        }
        return text;
    }

    private static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** Whether a close or a receipts run is going, so the page keeps polling. */
    public boolean isClosing() {
        return getList().stream().anyMatch(p -> p.status() == BillingPeriod.Status.CLOSING
                || p.receiptsExecutionId() != null && state(p.receiptsExecutionId()).endedAt() == null);
    }

    /** The organization the page acts for, for the download links. */
    public String getOrganizationCode() {
        return organizations.actingFor(staff.member(), acting.code()).code();
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
