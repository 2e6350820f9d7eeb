package ru.gkh.cabinet.application.importing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.billing.PaymentMark;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;
import ru.gkh.cabinet.domain.model.importing.StagedRow;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The record of billing-data imports and the work of the {@code import-billing-data} job against the database:
 * staging rows in JDBC batches, checking the whole file, applying it in one transaction. JDBC rather than
 * JPA, because a file may hold a million rows.
 */
@Stateless
public class BillingImports {

    private static final Logger LOG = Logger.getLogger(BillingImports.class.getName());

    /** Errors a report carries; the rest are counted (a broken million-row file must not fill a page). */
    public static final int REPORTED_ERRORS = 1000;

    /** The message of an import refused for its rejected rows. */
    private static final String REJECTED = "Файл не загружен: есть отклонённые строки. Ни одна строка не применена.";

    /** Memory for grouping a file's key hashes (about 50 bytes a row: five million rows). */
    private static final long GROUPING_MEMORY = 256L << 20;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<AccountsImported> accountsImported;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<TariffsImported> tariffsImported;

    @jakarta.inject.Inject
    StagedKeys stagedKeys;

    /** Non-transactional connections (the batch repository's pool), for the staging tables' DDL outside any transaction. */
    @Resource(lookup = "jdbc/cabinetBatch")
    private DataSource ddl;

    private static final Pattern IMPORT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String register(long organizationId, ImportType type, String fileName, long fileSize, String startedBy) {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO import_run (id, organization_id, type, file_name, file_size, status, started_by) VALUES (?,?,?,?,?,'STARTED',?)",
                id, organizationId, type.path(), fileName, fileSize, startedBy);
        if (type != ImportType.PAYMENTS) {
            // Payments are posted without staging (PaymentsPosting).
            ddl("CREATE TABLE IF NOT EXISTS " + staging(id) + " LIKE import_staging");
        }
        return id;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attachExecution(String id, long executionId) {
        update("UPDATE import_run SET job_execution_id = ? WHERE id = ?", executionId, id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(String id, String message, ImportProblem problem) {
        if (problem != null) {
            update("INSERT INTO import_error (import_id, line, column_name, message, warning) VALUES (?,?,?,?,FALSE)",
                    id, problem.line(), problem.column(), problem.message());
        }
        update("UPDATE import_run SET status = 'FAILED', message = ?, ended_at = CURRENT_TIMESTAMP(3),"
                + " rows_rejected = GREATEST(rows_rejected, ?) WHERE id = ? AND status = 'STARTED'", truncate(message), problem == null ? 0 : 1, id);
    }

    /** The job stopped or failed midway: the staged rows are kept, so that a restart resumes where it stopped. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void interrupted(String id, String message) {
        // A restart stages only the rows after its checkpoints: its check is the database's.
        stagedKeys.forget(id);
        update("UPDATE import_run SET status = 'FAILED', message = ?, ended_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'STARTED'",
                truncate(message), id);
    }

    /** Before a restart of an interrupted import: it runs again. Returns its last job execution. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long resume(StaffMember staff, String id) {
        ImportReport r = report(staff, id);
        if (r.jobExecutionId() == null || !"FAILED".equals(r.status()) || r.rowsRejected() > 0) {
            throw Refusal.conflict("Перезапустить можно только прерванную загрузку без отклонённых строк; исправьте файл и загрузите его заново");
        }
        update("UPDATE import_run SET status = 'STARTED', message = NULL, ended_at = NULL WHERE id = ?", id);
        return r.jobExecutionId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordCharset(String id, String charset, List<ImportProblem> warnings) {
        update("UPDATE import_run SET charset = ? WHERE id = ?", charset, id);
        if (!warnings.isEmpty()) {
            insertProblems(id, warnings);
        }
    }

    /**
     * Stages a chunk of rows, in the job's chunk transaction: its rows with what they refer to (rows whose reference is
     * missing are rejected here), its rejected rows, and the progress counters.
     */
    public void stage(String id, List<StagedRow> parsed, List<ImportProblem> rejected, int rowsRead) {
        Run run = run(id);
        try (Connection c = ds.getConnection()) {
            StagedReferences.Resolved resolved = StagedReferences.resolve(c, run.type, run.organizationId, parsed);
            List<StagedRow> rows = resolved.rows();
            List<ImportProblem> problems = new ArrayList<>(rejected);
            problems.addAll(resolved.problems());
            // One JDBC batch a chunk, with only the columns the chunk's rows fill, which the driver sends as one bulk
            // command (it does so for INSERT only: REPLACE or ON DUPLICATE KEY went row by row, five times slower). IGNORE,
            // because the staging table is not transactional (V14): the rows of a chunk that was rolled back stay, and
            // its restart writes the same rows again. IGNORE would also cut a value too long for its column: StagedRow
            // refuses such a value before it gets here.
            int width = rows.stream().mapToInt(StagedRow::width).max().orElse(0);
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO ").append(staging(id)).append(" (line, key_hash, ref_id, row_key");
            StringBuilder row = new StringBuilder("(?,?,?,?");
            for (int v = 1; v <= width; v++) {
                sql.append(", v").append(v);
                row.append(",?");
            }
            sql.append(") VALUES ").append(row).append(')');
            long[] hashes = new long[rows.size()];
            try (PreparedStatement ps = Sql.batchInsert(c, sql.toString())) {
                for (int i = 0; i < rows.size(); i++) {
                    StagedRow r = rows.get(i);
                    hashes[i] = r.keyHash();
                    ps.setInt(1, r.line());
                    ps.setLong(2, hashes[i]);
                    ps.setObject(3, resolved.refIds().get(i));
                    ps.setString(4, r.key());
                    for (int v = 0; v < width; v++) {
                        ps.setString(5 + v, r.values()[v]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            stagedKeys.staged(id, hashes);
            recordRows(c, id, rowsRead, problems);
        } catch (SQLException e) {
            throw new IllegalStateException("Staging rows of import " + id + " failed", e);
        }
    }

    /**
     * Checks the staged file as a whole (duplicate keys, references to what must exist). With any rejected row
     * the import fails here, and nothing is applied. Returns whether the file may be applied.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean check(String id) {
        Run run = run(id);
        if (!"STARTED".equals(run.status)) {
            return false;
        }
        List<ImportProblem> problems = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            // The hashes kept while staging prove most files free of repeated keys without grouping the table.
            if (!stagedKeys.proveNoRepeat(id, queryInt("SELECT COUNT(*) FROM " + staging(id)))) {
                problems.addAll(duplicateKeys(c, id, run.type));
            }
            for (ImportChecks.Check check : ImportChecks.of(run.type)) {
                try (PreparedStatement ps = c.prepareStatement(onStaging(id, check.sql()))) {
                    ps.setLong(1, run.organizationId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            problems.add(ImportProblem.error(rs.getInt(1), check.column(), check.message().formatted(rs.getString(2))));
                        }
                    }
                }
            }
            if (run.type == ImportType.TARIFFS) {
                problems.addAll(volumeSourcesMissing(c, id, run.organizationId));
            }
            if (problems.isEmpty()) {
                return true;
            }
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            insertProblems(c, id, problems);
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET status = 'FAILED', ended_at = CURRENT_TIMESTAMP(3),"
                    + " rows_rejected = rows_rejected + ?, message = ? WHERE id = ?")) {
                ps.setInt(1, (int) problems.stream().map(ImportProblem::line).distinct().count());
                ps.setString(2, REJECTED);
                ps.setString(3, id);
                ps.executeUpdate();
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Checking import " + id + " failed", e);
        }
    }

    /** An import about to be posted without staging: its organization, and whether it ran before (a restart). */
    public record Posting(long organizationId, boolean restarted) {
    }

    /**
     * Before a file is posted without staging ({@link PaymentsPosting}): null when the import is no longer running;
     * otherwise its progress starts from nothing (a restart posts the whole file again).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Posting startPosting(String id) {
        Run run = run(id);
        if (!"STARTED".equals(run.status)) {
            return null;
        }
        update("UPDATE import_run SET rows_read = 0, rows_rejected = 0 WHERE id = ?", id);
        // The charset is recorded when the file is first read: a run that has one ran before.
        return new Posting(run.organizationId, run.charset != null);
    }

    /** A block of a file being posted was read: the progress, and its rejected rows, visible at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(String id, int rowsRead, List<ImportProblem> problems) {
        try (Connection c = ds.getConnection()) {
            recordRows(c, id, rowsRead, problems);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows read and the problems found among them: the problems listed, and both counted on the import. */
    private static void recordRows(Connection c, String id, int rowsRead, List<ImportProblem> problems) throws SQLException {
        if (!problems.isEmpty()) {
            insertProblems(c, id, problems);
        }
        Sql.update(c, "UPDATE import_run SET rows_read = rows_read + ?, rows_rejected = rows_rejected + ? WHERE id = ?",
                rowsRead, (int) problems.stream().filter(p -> !p.warning()).count(), id);
    }

    /** A file being posted had rejected rows: it fails, and its transaction is rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postingRejected(String id) {
        update("UPDATE import_run SET status = 'FAILED', ended_at = CURRENT_TIMESTAMP(3), message = ? WHERE id = ? AND status = 'STARTED'",
                REJECTED, id);
    }

    /** The format rows rejected while staging: if there are any, the import fails without applying anything. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failIfRowsRejected(String id) {
        Run run = run(id);
        if (!"STARTED".equals(run.status)) {
            return true;
        }
        if (run.rowsRejected > 0) {
            update("UPDATE import_run SET status = 'FAILED', ended_at = CURRENT_TIMESTAMP(3), message = ? WHERE id = ?",
                    REJECTED, id);
            return true;
        }
        return false;
    }

    /** Applies the whole staged file in this one transaction and marks the import completed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void apply(String id) {
        Run run = run(id);
        if (!"STARTED".equals(run.status)) {
            return;
        }
        int rows = queryInt("SELECT COUNT(*) FROM " + staging(id));
        if (rows != run.rowsRead) {
            // Every row read was staged (none was rejected, or the check had failed the import). The staging table is
            // not transactional nor flushed at each chunk's commit (V14): a machine that crashed can have lost rows
            // the committed progress counts. Then the file is refused whole, never applied in part.
            update("UPDATE import_run SET status = 'FAILED', ended_at = CURRENT_TIMESTAMP(3), message = ? WHERE id = ?",
                    "Файл не загружен: из " + run.rowsRead + " прочитанных строк к загрузке подготовлено " + rows
                            + " (сбой сервера во время загрузки?). Ни одна строка не применена; загрузите файл заново.", id);
            LOG.warning(() -> "Import " + id + ": " + run.rowsRead + " rows read, " + rows + " staged; refused");
            return;
        }
        try (Connection c = ds.getConnection()) {
            if (run.type == ImportType.PAYMENTS) {
                // Payments written while a close starts commit before it reads anything (see PaymentMark).
                PaymentMark.beforeWritingPayments(c, run.organizationId);
            }
            for (String sql : ImportStatements.of(run.type)) {
                // :org, as often as it comes, is the organization.
                int params = sql.split(":org", -1).length - 1;
                try (PreparedStatement ps = c.prepareStatement(onStaging(id, sql.replace(":org", "?")))) {
                    for (int p = 1; p <= params; p++) {
                        ps.setLong(p, run.organizationId);
                    }
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET status = 'COMPLETED', rows_applied = ?,"
                    + " ended_at = CURRENT_TIMESTAMP(3), message = ? WHERE id = ?")) {
                ps.setInt(1, rows);
                ps.setString(2, "Загружено строк: " + rows);
                ps.setString(3, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Applying import " + id + " failed", e);
        }
        if (run.type == ImportType.ACCOUNTS) {
            accountsImported.fire(new AccountsImported(run.organizationId));
        }
        if (run.type == ImportType.TARIFFS) {
            tariffsImported.fire(new TariffsImported(run.organizationId));
        }
        LOG.info(() -> "Import " + id + " (" + run.type.path() + ") applied " + rows + " rows");
    }

    public ImportReport report(StaffMember staff, String id) {
        ImportReport r = find(id, REPORTED_ERRORS);
        if (r == null || (!staff.servesAll() && !staff.organizationId().equals(organizationOf(id)))) {
            throw Refusal.notFound("Загрузка «" + id + "» не найдена");
        }
        return r;
    }

    /** The organization's imports, newest first, without their errors. */
    public List<ImportReport> recent(long organizationId, int limit) {
        List<ImportReport> list = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM import_run WHERE organization_id = ? ORDER BY started_at DESC LIMIT ?")) {
            ps.setLong(1, organizationId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(find(rs.getString(1), 0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    public ImportReport find(String id, int errorLimit) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT type, file_name, file_size, charset, status, rows_read, rows_applied,"
                     + " rows_rejected, job_execution_id, started_by, started_at, ended_at, message FROM import_run WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<ImportProblem> errors = new ArrayList<>();
                int errorCount = 0;
                try (PreparedStatement e = c.prepareStatement("SELECT line, column_name, message, warning FROM import_error"
                        + " WHERE import_id = ? ORDER BY line, id LIMIT ?")) {
                    e.setString(1, id);
                    e.setInt(2, errorLimit);
                    try (ResultSet er = e.executeQuery()) {
                        while (er.next()) {
                            errors.add(new ImportProblem(er.getInt(1), er.getString(2), er.getString(3), er.getBoolean(4)));
                        }
                    }
                }
                if (errorLimit > 0) {
                    errorCount = errors.size() < errorLimit ? errors.size() : queryInt("SELECT COUNT(*) FROM import_error WHERE import_id = ?", id);
                }
                ImportType type = ImportType.fromPath(rs.getString(1)).orElseThrow();
                Long exec = rs.getObject(9) == null ? null : rs.getLong(9);
                return new ImportReport(id, type.path(), type.title(), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), exec,
                        rs.getString(10), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), rs.getString(13), errors, errorCount);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The import id and type a job execution works on; the job's artifacts read it once at the start. */
    public ImportType typeOf(String id) {
        return run(id).type;
    }

    /**
     * Rows whose key an earlier row of the file already has. Grouped by the keys' 64-bit hashes, in memory (a temporary
     * table on disk took three times as long); the rows of a repeated hash, usually none, are then compared by their
     * keys, so a collision of hashes is never taken for a repeat.
     */
    private static List<ImportProblem> duplicateKeys(Connection c, String id, ImportType type) throws SQLException {
        String inMemory = "SET STATEMENT tmp_table_size = " + GROUPING_MEMORY + ", max_heap_table_size = " + GROUPING_MEMORY + " FOR ";
        String repeatedHashes = "SELECT key_hash FROM import_staging GROUP BY key_hash HAVING COUNT(*) > 1";
        try (PreparedStatement ps = c.prepareStatement(onStaging(id, inMemory + repeatedHashes + " LIMIT 1"));
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return List.of();
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(onStaging(id, inMemory + "SELECT s.line, s.row_key FROM import_staging s"
                + " JOIN (" + repeatedHashes + ") d ON d.key_hash = s.key_hash ORDER BY s.line"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer first = firstLine.putIfAbsent(StagedRow.comparableKey(rs.getString(2)), rs.getInt(1));
                if (first != null) {
                    problems.add(ImportChecks.repeatedKey(type, rs.getInt(1), first));
                }
            }
        }
        return problems;
    }

    private List<ImportProblem> volumeSourcesMissing(Connection c, String id, long org) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(onStaging(id, "SELECT code FROM service WHERE organization_id = ?"
                + " UNION SELECT v1 FROM import_staging"))) {
            ps.setLong(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(onStaging(id, "SELECT line, v9 FROM import_staging WHERE v9 IS NOT NULL"))) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (String code : rs.getString(2).split("\\+")) {
                        if (!known.contains(code)) {
                            problems.add(ImportProblem.error(rs.getInt(1), "volume_from", "услуга «" + code + "» не найдена ни в базе, ни в этом файле"));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Drops the import's staging table, once its rows are applied or refused. Called between transactions, never
     * inside one that used the table: the DROP would wait for that transaction's metadata lock for ever.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dropStaging(String id) {
        stagedKeys.forget(id);
        ddl("DROP TABLE IF EXISTS " + staging(id));
    }

    /** The import's own staging table. */
    static String staging(String id) {
        if (!IMPORT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not an import id: " + id);
        }
        return "import_rows_" + id.replace("-", "");
    }

    /** The statement over this import's staging table instead of the template. */
    private static String onStaging(String id, String sql) {
        return sql.replace("import_staging", staging(id));
    }

    private void ddl(String sql) {
        try (Connection c = ddl.getConnection(); java.sql.Statement st = c.createStatement()) {
            // A bounded wait for metadata locks (the server's default is a year): a mistake fails, it does not hang.
            st.execute("SET SESSION lock_wait_timeout = 60");
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Long organizationOf(String id) {
        return (long) queryInt("SELECT organization_id FROM import_run WHERE id = ?", id);
    }

    private record Run(ImportType type, long organizationId, String status, int rowsRead, int rowsRejected, String charset) {
    }

    private Run run(String id) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT type, organization_id, status, rows_read, rows_rejected, charset FROM import_run WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No import " + id);
                }
                return new Run(ImportType.fromPath(rs.getString(1)).orElseThrow(), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertProblems(String id, List<ImportProblem> problems) {
        try (Connection c = ds.getConnection()) {
            insertProblems(c, id, problems);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertProblems(Connection c, String id, List<ImportProblem> problems) throws SQLException {
        try (PreparedStatement ps = Sql.batchInsert(c, "INSERT INTO import_error (import_id, line, column_name, message, warning) VALUES (?,?,?,?,?)")) {
            for (ImportProblem p : problems) {
                ps.setString(1, id);
                ps.setInt(2, p.line());
                ps.setString(3, p.column());
                ps.setString(4, truncate(p.message()));
                ps.setBoolean(5, p.warning());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private int queryInt(String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "…";
    }
}
