package ru.gkh.cabinet.batch.receipts;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.YearMonth;
import java.util.Properties;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.receipts.Receipts;
import ru.gkh.cabinet.batch.jobs.BatchJobs;
import ru.gkh.cabinet.batch.jobs.Jobs;
import ru.gkh.cabinet.domain.model.organization.Organization;

/**
 * Starts {@code generate-receipts} for a closed period (or one account of it): by an accountant from the page or the
 * API, and by the period close when it ends. Asked while the period's run is still going, it answers that run (so a
 * script that closes a period and then asks for its receipts gets the job to follow); a run that failed is restarted
 * from its checkpoints.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReceiptsLauncher {

    public static final String JOB = "generate-receipts";

    @EJB
    private Receipts receipts;

    @EJB
    private BatchJobs jobs;

    @EJB
    private Jobs jobStatus;

    /** Returns the job execution's id. */
    public long start(StaffMember staff, String organizationCode, YearMonth month, String accountNumber) {
        Organization org = receipts.actingFor(staff, organizationCode);
        return start(org.id(), month, accountNumber == null || accountNumber.isBlank() ? null : accountNumber.strip());
    }

    public long start(long organizationId, YearMonth month, String accountNumber) {
        Long previous = accountNumber == null ? receipts.execution(organizationId, month) : null;
        String status = previous == null ? null : jobStatus.state(previous).status();
        if ("STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status)) {
            return previous;
        }
        Receipts.Run run = receipts.prepare(organizationId, month, accountNumber);
        if ("FAILED".equals(status) || "STOPPED".equals(status)) {
            long execution = jobs.restartOrRerun(previous);
            receipts.recordExecution(organizationId, month, execution);
            return execution;
        }
        Properties params = new Properties();
        params.setProperty("organizationId", String.valueOf(organizationId));
        params.setProperty("period", month.toString());
        if (run.account() != null) {
            params.setProperty("account", String.valueOf(run.account()));
        }
        long execution = jobs.start(JOB, params);
        if (run.account() == null) {
            receipts.recordExecution(organizationId, month, execution);
        }
        return execution;
    }
}
