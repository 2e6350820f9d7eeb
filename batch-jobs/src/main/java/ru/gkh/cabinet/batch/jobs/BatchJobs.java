package ru.gkh.cabinet.batch.jobs;

import jakarta.batch.operations.JobOperator;
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

    public long start(String job, Properties parameters) {
        return BatchRuntime.getJobOperator().start(job, parameters);
    }

    /** Restarts a failed or stopped execution with its own parameters; returns the new execution. */
    public long restart(long execution) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        return jobs.restart(execution, jobs.getParameters(execution));
    }
}
