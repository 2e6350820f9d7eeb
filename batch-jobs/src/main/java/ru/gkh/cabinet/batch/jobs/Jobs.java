package ru.gkh.cabinet.batch.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;

/**
 * Job executions as the staff API shows them, read from the batch runtime's repository in MariaDB (the same
 * tables the Payara console shows). Read directly: the JobOperator would answer only the bean that started a job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

    @Resource(lookup = "jdbc/cabinetBatch")
    private DataSource repository;

    public JobState state(long executionId) {
        try (Connection c = repository.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT j.name, e.batchstatus, e.exitstatus, e.starttime, e.endtime"
                     + " FROM EXECUTIONINSTANCEDATA e JOIN JOBINSTANCEDATA j ON j.jobinstanceid = e.jobinstanceid WHERE e.jobexecid = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Refusal.notFound("Задание " + executionId + " не найдено");
                }
                String step = null;
                long done = 0;
                try (PreparedStatement st = c.prepareStatement("SELECT stepname, readcount FROM STEPEXECUTIONINSTANCEDATA"
                        + " WHERE jobexecid = ? ORDER BY stepexecid DESC LIMIT 1")) {
                    st.setLong(1, executionId);
                    try (ResultSet s = st.executeQuery()) {
                        if (s.next()) {
                            step = s.getString(1);
                            done = s.getLong(2);
                        }
                    }
                }
                long total = 0;
                // Progress in the job's own terms: accounts of a close, rows of an import, receipts made.
                try (PreparedStatement pr = c.prepareStatement("SELECT accounts_done, COALESCE(accounts_total, 0) FROM billing_period"
                        + " WHERE close_execution_id = ? UNION ALL SELECT rows_read, 0 FROM import_run WHERE job_execution_id = ?"
                        + " UNION ALL SELECT receipts_done, COALESCE(receipts_total, 0) FROM billing_period WHERE receipts_execution_id = ?")) {
                    pr.setLong(1, executionId);
                    pr.setLong(2, executionId);
                    pr.setLong(3, executionId);
                    try (ResultSet p = pr.executeQuery()) {
                        if (p.next()) {
                            done = p.getLong(1);
                            total = p.getLong(2);
                        }
                    }
                }
                return new JobState(executionId, rs.getString(1), rs.getString(2), step, done, total, instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading job execution " + executionId, e);
        }
    }

    /**
     * The organization a job execution works for, so that staff see only their own organization's jobs: from the
     * period or import that recorded it, else from the job's {@code organizationId} parameter; null when unknown.
     */
    public Long organizationOf(long executionId) {
        try (Connection c = repository.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT organization_id FROM billing_period WHERE close_execution_id = ?"
                    + " OR receipts_execution_id = ? UNION ALL SELECT organization_id FROM import_run WHERE job_execution_id = ? LIMIT 1")) {
                ps.setLong(1, executionId);
                ps.setLong(2, executionId);
                ps.setLong(3, executionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading job execution " + executionId, e);
        }
        String org = parametersOf(executionId).getProperty("organizationId");
        return org == null ? null : Long.valueOf(org);
    }

    /** The name of an execution's job ({@code close-period}, …), from the repository. */
    public String jobNameOf(long executionId) {
        try (Connection c = repository.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT j.name FROM EXECUTIONINSTANCEDATA e JOIN JOBINSTANCEDATA j"
                     + " ON j.jobinstanceid = e.jobinstanceid WHERE e.jobexecid = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Refusal.notFound("Задание " + executionId + " не найдено");
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading job execution " + executionId, e);
        }
    }

    /** An execution's job parameters, from the repository (the JobOperator shows them only to the deployment that started it). */
    public java.util.Properties parametersOf(long executionId) {
        try (Connection c = repository.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT parameters FROM EXECUTIONINSTANCEDATA WHERE jobexecid = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                byte[] blob = rs.next() ? rs.getBytes(1) : null;
                return blob == null ? new java.util.Properties() : parameters(blob);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading job execution " + executionId, e);
        }
    }

    /** The job parameters as the batch runtime stores them (a serialized Properties), read with nothing else allowed. */
    private static java.util.Properties parameters(byte[] blob) {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(blob))) {
            in.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter(
                    "java.util.Properties;java.util.Hashtable;java.util.Map$Entry;java.lang.String;!*"));
            return in.readObject() instanceof java.util.Properties p ? p : new java.util.Properties();
        } catch (java.io.IOException | ClassNotFoundException | RuntimeException e) {
            return new java.util.Properties();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
