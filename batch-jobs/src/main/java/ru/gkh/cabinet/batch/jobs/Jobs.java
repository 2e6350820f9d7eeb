package ru.gkh.cabinet.batch.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Comparator;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;

/** Reads job executions from the batch runtime's repository (kept in MariaDB), for the staff pages and API. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

    public JobState state(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution e;
        try {
            e = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException ex) {
            throw Refusal.notFound("Задание " + executionId + " не найдено");
        }
        if (e == null) {
            throw Refusal.notFound("Задание " + executionId + " не найдено");
        }
        List<StepExecution> steps = operator.getStepExecutions(executionId);
        StepExecution current = steps.stream().max(Comparator.comparing(s -> s.getStartTime() == null ? new java.util.Date(0) : s.getStartTime()))
                .orElse(null);
        long done = 0;
        if (current != null) {
            for (Metric m : current.getMetrics()) {
                if (m.getType() == Metric.MetricType.READ_COUNT) {
                    done = m.getValue();
                }
            }
        }
        return new JobState(executionId, e.getJobName(), e.getBatchStatus().name(), current == null ? null : current.getStepName(),
                done, 0, e.getStartTime() == null ? null : e.getStartTime().toInstant(),
                e.getEndTime() == null ? null : e.getEndTime().toInstant(), e.getExitStatus());
    }
}
