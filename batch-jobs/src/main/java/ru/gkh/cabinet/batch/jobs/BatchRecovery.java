package ru.gkh.cabinet.batch.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * When the server stops mid-job (killed, crashed, redeployed), the batch runtime leaves the execution STARTED for ever,
 * so nothing could restart it. At start-up, before any job of this server can run, the executions this server's
 * configuration started and never ended are marked FAILED; the close, the import and the receipts then restart them
 * from their last checkpoints when the accountant starts them again.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRecovery {

    private static final Logger LOG = Logger.getLogger(BatchRecovery.class.getName());
    static final String INTERRUPTED = "Прервано остановкой сервера";

    @Resource(lookup = "jdbc/cabinetBatch")
    private DataSource repository;

    @PostConstruct
    void failInterrupted() {
        // The job instances' apptag starts with the server's configuration name: other servers' jobs are theirs.
        String config = System.getProperty("com.sun.aas.instanceName", "server").equals("server") ? "server-config"
                : System.getProperty("com.sun.aas.instanceName") + "-config";
        try (Connection c = repository.getConnection()) {
            int steps;
            try (PreparedStatement ps = c.prepareStatement("UPDATE STEPEXECUTIONINSTANCEDATA s JOIN EXECUTIONINSTANCEDATA e ON e.jobexecid = s.jobexecid"
                    + " JOIN JOBINSTANCEDATA j ON j.jobinstanceid = e.jobinstanceid SET s.batchstatus = 'FAILED', s.exitstatus = ?,"
                    + " s.endTime = CURRENT_TIMESTAMP WHERE s.batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND j.apptag LIKE ?")) {
                ps.setString(1, INTERRUPTED);
                ps.setString(2, config + ":%");
                steps = ps.executeUpdate();
            }
            int jobs;
            try (PreparedStatement ps = c.prepareStatement("UPDATE EXECUTIONINSTANCEDATA e JOIN JOBINSTANCEDATA j ON j.jobinstanceid = e.jobinstanceid"
                    + " SET e.batchstatus = 'FAILED', e.exitstatus = ?, e.endtime = CURRENT_TIMESTAMP, e.updatetime = CURRENT_TIMESTAMP"
                    + " WHERE e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND j.apptag LIKE ?")) {
                ps.setString(1, INTERRUPTED);
                ps.setString(2, config + ":%");
                jobs = ps.executeUpdate();
            }
            // An import whose job was cut off says so, and can be restarted from its page.
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_run r JOIN EXECUTIONINSTANCEDATA e ON e.jobexecid = r.job_execution_id"
                    + " SET r.status = 'FAILED', r.ended_at = CURRENT_TIMESTAMP(3), r.message = ? WHERE r.status = 'STARTED'"
                    + " AND e.batchstatus = 'FAILED' AND e.exitstatus = ?")) {
                ps.setString(1, "Загрузка прервана остановкой сервера; ни одна строка не применена. Её можно перезапустить.");
                ps.setString(2, INTERRUPTED);
                ps.executeUpdate();
            }
            if (jobs > 0) {
                LOG.warning(() -> "Marked " + jobs + " job executions (" + steps + " steps) interrupted by the last stop as FAILED;"
                        + " they restart from their checkpoints");
            }
        } catch (SQLException e) {
            // A new database has no batch tables until the first job: nothing was interrupted then.
            LOG.log(Level.FINE, "No batch repository to recover", e);
        }
    }
}
