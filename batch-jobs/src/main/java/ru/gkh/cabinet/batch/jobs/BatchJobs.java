package ru.gkh.cabinet.batch.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;

/**
 * The one place that starts and restarts batch jobs. Payara tags each job instance with the bean that started
 * it and lets only that bean operate on it again, so start and restart go through this bean. Outside any
 * container transaction, since the steps manage their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BatchJobs.class.getName());

    @jakarta.ejb.EJB
    private Jobs repository;

    public long start(String job, Properties parameters) {
        return BatchRuntime.getJobOperator().start(job, parameters);
    }

    /** Restarts a failed or stopped execution with its own parameters; returns the new execution. */
    public long restart(long execution) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        return jobs.restart(execution, jobs.getParameters(execution));
    }

    /**
     * Restarts a failed or stopped execution of an idempotent job (the close, the receipts). Payara lets only the
     * deployment that started a job restart it: after a redeployment the restart is refused, and the job runs again
     * as a new instance with the same parameters instead, which for these jobs makes only what is still missing.
     */
    public long restartOrRerun(long execution) {
        try {
            return restart(execution);
        } catch (JobSecurityException e) {
            LOG.info(() -> "Execution " + execution + " belongs to an earlier deployment; running its job again instead");
            return start(repository.jobNameOf(execution), repository.parametersOf(execution));
        }
    }
}
