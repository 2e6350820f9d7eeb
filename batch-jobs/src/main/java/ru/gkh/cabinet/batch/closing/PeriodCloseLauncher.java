package ru.gkh.cabinet.batch.closing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.YearMonth;
import java.util.Properties;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.billing.PeriodClose;
import ru.gkh.cabinet.batch.jobs.BatchJobs;
import ru.gkh.cabinet.batch.jobs.Jobs;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;

/**
 * Starts {@code close-period}: the period goes OPEN → CLOSING first, so a second start is refused with a clear
 * message; starting the close of a period whose close failed restarts that job from its last checkpoint.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeriodCloseLauncher {

    public static final String JOB = "close-period";

    @EJB
    private Organizations organizations;

    @EJB
    private PeriodClose close;

    @EJB
    private BatchJobs jobs;

    @EJB
    private Jobs jobStatus;

    /** Returns the job execution's id. */
    public long start(StaffMember staff, String organizationCode, YearMonth month) {
        if (!staff.has(Role.ACCOUNTANT) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Закрывать расчётные периоды может бухгалтер или администратор");
        }
        Organization org = organizations.actingFor(staff, organizationCode);
        PeriodClose.Closing state = close.closing(org.id(), month);
        if (state != null && "CLOSING".equals(state.status()) && state.execution() != null) {
            // A close that failed or was stopped (the server went down, the database refused) resumes where it stopped.
            String status = jobStatus.state(state.execution()).status();
            if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
                throw Refusal.conflict("Период " + month + " уже закрывается");
            }
            long execution = jobs.restartOrRerun(state.execution());
            close.recordExecution(org.id(), month, execution);
            return execution;
        }
        close.beginClosing(org.id(), month);
        Properties params = new Properties();
        params.setProperty("organizationId", String.valueOf(org.id()));
        params.setProperty("period", month.toString());
        long execution = jobs.start(JOB, params);
        close.recordExecution(org.id(), month, execution);
        return execution;
    }
}
