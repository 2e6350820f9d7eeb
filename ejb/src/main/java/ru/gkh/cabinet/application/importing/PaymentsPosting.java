package ru.gkh.cabinet.application.importing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.billing.PaymentMark;
import ru.gkh.cabinet.domain.model.importing.FileRejected;
import ru.gkh.cabinet.domain.model.importing.ImportFileParser;
import ru.gkh.cabinet.domain.model.importing.ImportFileParser.ParsedRow;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;
import ru.gkh.cabinet.domain.model.importing.KeyHashes;
import ru.gkh.cabinet.domain.model.importing.StagedRow;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * A payments file posted straight into {@code payment}, in one transaction, without a staging table: payments are only
 * ever inserted (a payment already recorded is kept as it is, and a file that changes one is refused), so there is
 * nothing to merge, and staging each row before copying it cost MariaDB twice the writes (a million payments: 6–7 s
 * staged on both cores, then 8–9 s copied on one). One thread parses the file into blocks while this one resolves each
 * block's accounts and writes it as one bulk insert. Any rejected row stops the writing (the rest of the file is still
 * read, so that every rejected row is reported), and the transaction is rolled back: the file is posted whole or not at
 * all. The progress and the rejected rows are recorded in transactions of their own as the blocks go, so the accountant
 * sees them while the file is read. Killed midway, the transaction is rolled back and a restart posts the file anew.
 */
@Stateless
public class PaymentsPosting {

    private static final Logger LOG = Logger.getLogger(PaymentsPosting.class.getName());

    /** Rows in a block: one bulk insert each. */
    static final int BLOCK = 5000;

    /** Key hashes kept in memory for the check that no payment id repeats (8 bytes each); beyond, the file is read in passes. */
    static final int KEY_HASH_LIMIT = 8_000_000;

    /** How often the progress is recorded: a transaction of its own each time. */
    private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** The accounts were found by their numbers (and are never deleted); the organization is the import's. */
    private static final String INSERT = Sql.NO_FOREIGN_KEY_LOOKUP + "INSERT IGNORE INTO payment"
            + " (organization_id, external_id, paid_on, account_id, amount, payer_period, channel) VALUES (?,?,?,?,?,?,?)";

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private SessionContext context;

    @EJB
    private BillingImports imports;

    /** What the parsing thread hands over: a block of rows, or the end of the file (with its key hashes), or its failure. */
    private record Block(List<ParsedRow> rows, KeyHashes hashes, long staged, RuntimeException failure) {

        boolean last() {
            return rows == null;
        }
    }

    /**
     * Posts the import's file; the import ends COMPLETED with its payments, or FAILED with its rejected rows and none.
     * {@code stopping} is asked between blocks: when it answers true, nothing is posted and the step fails (the import
     * can be restarted, and is then posted whole).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void post(String id, Path file, BooleanSupplier stopping) {
        BillingImports.Posting run = imports.startPosting(id);
        if (run == null) {
            return;
        }
        ImportFileParser parser;
        try {
            parser = ImportFileParser.open(ImportType.PAYMENTS, file);
        } catch (FileRejected e) {
            imports.fail(id, "Файл не загружен: " + e.getMessage(), e.problem());
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!run.restarted()) {
            imports.recordCharset(id, parser.charset().name(), parser.warnings());
        }
        BlockingQueue<Block> blocks = new ArrayBlockingQueue<>(4);
        Future<?> reading = executor.submit(() -> read(parser, blocks));
        try (Connection c = ds.getConnection()) {
            if (!write(c, id, run.organizationId(), file, blocks, stopping)) {
                context.setRollbackOnly();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Posting payments of import " + id + " failed", e);
        } finally {
            reading.cancel(true);
            try {
                parser.close();
            } catch (IOException e) {
                LOG.fine(() -> "closing " + file + ": " + e);
            }
        }
    }

    /** The parsing thread: the file's rows in blocks, their key hashes kept on the way. */
    private static void read(ImportFileParser parser, BlockingQueue<Block> blocks) {
        KeyHashes hashes = new KeyHashes(KEY_HASH_LIMIT);
        long staged = 0;
        try {
            List<ParsedRow> block = new ArrayList<>(BLOCK);
            long[] chunk = new long[BLOCK];
            int inChunk = 0;
            ParsedRow row;
            while ((row = parser.next()) != null) {
                block.add(row);
                if (row.staged() != null) {
                    chunk[inChunk++] = row.staged().keyHash();
                    staged++;
                }
                if (block.size() == BLOCK) {
                    hashes.add(Arrays.copyOf(chunk, inChunk));
                    inChunk = 0;
                    blocks.put(new Block(block, null, 0, null));
                    block = new ArrayList<>(BLOCK);
                }
            }
            hashes.add(Arrays.copyOf(chunk, inChunk));
            if (!block.isEmpty()) {
                blocks.put(new Block(block, null, 0, null));
            }
            blocks.put(new Block(null, hashes, staged, null));
        } catch (InterruptedException e) {
            // The writing ended first (it failed, or was stopped): nobody waits for the rest.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                // Bounded: when the writing has ended already (the file closed under the parser), nobody takes it.
                blocks.offer(new Block(null, null, 0, e), 10, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes the blocks as they come; true when the file was posted, false when it must be rolled back. */
    private boolean write(Connection c, String id, long org, Path file, BlockingQueue<Block> blocks, BooleanSupplier stopping)
            throws SQLException {
        // Payments written while a close starts commit before it reads anything (see PaymentMark).
        PaymentMark.beforeWritingPayments(c, org);
        // Payments numbered up to here were there before this file: one of them with a key of the file is a payment
        // posted earlier (kept, if the file says the same of it); above, it is this file's own (a repeated key).
        long before = Sql.queryLong(c, 0, "SELECT COALESCE(MAX(id), 0) FROM payment");
        AccountIds accounts = AccountIds.of(c, org);
        boolean rejected = false;
        int rowsRead = 0;
        // Rows read since the progress was last recorded (at most every PROGRESS_NANOS, and with every rejected row).
        int unrecorded = 0;
        long recorded = System.nanoTime();
        try (PreparedStatement insert = Sql.batchInsert(c, INSERT)) {
            while (true) {
                Block block = take(blocks);
                if (block.failure() != null) {
                    if (block.failure() instanceof ImportFileParser.RowRejectedIo e) {
                        imports.fail(id, "Файл не загружен: нарушен формат CSV", ImportProblem.error((int) e.line(), null,
                                "нарушен формат CSV (незакрытые кавычки?): " + e.getCause().getMessage()));
                        return false;
                    }
                    throw block.failure();
                }
                if (block.last()) {
                    imports.progress(id, unrecorded, List.of());
                    if (rejected) {
                        imports.postingRejected(id);
                        return false;
                    }
                    return finish(c, id, file, block, rowsRead);
                }
                if (stopping.getAsBoolean()) {
                    throw new IllegalStateException("Import " + id + " stopped; nothing posted");
                }
                rowsRead += block.rows().size();
                List<ImportProblem> problems = new ArrayList<>();
                List<StagedRow> rows = new ArrayList<>(block.rows().size());
                List<Long> accountIds = new ArrayList<>(block.rows().size());
                resolve(c, org, accounts, block.rows(), rows, accountIds, problems);
                if (!rejected && problems.isEmpty() && !rows.isEmpty()) {
                    problems.addAll(insert(c, insert, org, before, rows, accountIds));
                }
                rejected |= !problems.isEmpty();
                unrecorded += block.rows().size();
                if (!problems.isEmpty() || System.nanoTime() - recorded > PROGRESS_NANOS) {
                    imports.progress(id, unrecorded, problems);
                    unrecorded = 0;
                    recorded = System.nanoTime();
                }
            }
        }
    }

    /** Writes a block of rows; returns the rows that would change a payment posted before. */
    private static List<ImportProblem> insert(Connection c, PreparedStatement insert, long org, long before, List<StagedRow> rows,
            List<Long> accountIds) throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            String[] v = rows.get(i).values();
            insert.setLong(1, org);
            insert.setString(2, v[0]);
            insert.setString(3, v[1]);
            insert.setLong(4, accountIds.get(i));
            insert.setString(5, v[3]);
            insert.setString(6, v[4]);
            insert.setString(7, v[5]);
            insert.addBatch();
        }
        insert.executeBatch();
        if (insert.getUpdateCount() < rows.size()) {
            // Some were there already: a file imported again, or one that changes a posted payment (or a key repeated).
            return changedPayments(c, org, before, rows, accountIds);
        }
        return List.of();
    }

    /**
     * The file is read and every row was written: it is posted, in this transaction, unless a payment id repeats in it
     * (then those rows are reported, and false returned). Repeated rows were written once (INSERT IGNORE), so only the
     * key hashes gathered while reading, or a second reading of the file, can tell.
     */
    private boolean finish(Connection c, String id, Path file, Block end, int rowsRead) throws SQLException {
        if (!end.hashes().proveNoRepeat(end.staged())) {
            List<ImportProblem> repeats = RepeatedKeys.in(file, ImportType.PAYMENTS, end.staged(), KEY_HASH_LIMIT);
            if (!repeats.isEmpty()) {
                imports.progress(id, 0, repeats);
                imports.postingRejected(id);
                return false;
            }
        }
        Sql.update(c, "UPDATE import_run SET status = 'COMPLETED', rows_applied = ?, ended_at = CURRENT_TIMESTAMP(3),"
                + " message = ? WHERE id = ?", rowsRead, "Загружено строк: " + rowsRead, id);
        LOG.info(() -> "Import " + id + " (payments) posted " + rowsRead + " rows");
        return true;
    }

    private static Block take(BlockingQueue<Block> blocks) {
        try {
            return blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting payments", e);
        }
    }

    /**
     * The block's rows that may be posted, each with its account's id, and the rejected ones. An account number not
     * among those read at the start is looked up in the database (an account opened since), or the row is rejected.
     */
    private static void resolve(Connection c, long org, AccountIds accounts, List<ParsedRow> block, List<StagedRow> rows,
            List<Long> accountIds, List<ImportProblem> problems) throws SQLException {
        List<StagedRow> unknown = new ArrayList<>();
        for (ParsedRow p : block) {
            if (p.staged() == null) {
                problems.add(p.problem());
                continue;
            }
            long account = accounts.id(p.staged().values()[2]);
            if (account == 0) {
                unknown.add(p.staged());
            } else {
                rows.add(p.staged());
                accountIds.add(account);
            }
        }
        if (!unknown.isEmpty()) {
            StagedReferences.Resolved found = StagedReferences.resolve(c, ImportType.PAYMENTS, org, unknown);
            rows.addAll(found.rows());
            accountIds.addAll(found.refIds());
            problems.addAll(found.problems());
        }
    }

    /**
     * Rows of the block whose payment was posted before this file with another date, amount or account: a posted payment
     * is never changed. A card payment the cabinet recorded is dated the day the acquirer took the money; the registry
     * may date it the day the bank settled it: the same payment, counted once.
     */
    private static List<ImportProblem> changedPayments(Connection c, long org, long before, List<StagedRow> rows,
            List<Long> accountIds) throws SQLException {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        rows.forEach(r -> keys.add(r.values()[0]));
        record Posted(long account, String paidOn, BigDecimal amount, boolean onlineNotReversal) {
        }
        Map<String, Posted> posted = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.v, p.account_id, p.paid_on, p.amount,"
                + " p.channel <=> 'ONLINE' AND p.reverses_id IS NULL FROM JSON_TABLE(?, '$[*]' COLUMNS (v VARCHAR(100) PATH '$')) k"
                + " JOIN payment p ON p.organization_id = ? AND p.external_id = k.v COLLATE utf8mb4_unicode_ci WHERE p.id <= ?")) {
            ps.setString(1, keys.build().toString());
            ps.setLong(2, org);
            ps.setLong(3, before);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    posted.put(rs.getString(1), new Posted(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5)));
                }
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] v = rows.get(i).values();
            Posted p = posted.get(v[0]);
            if (p != null && (p.amount.compareTo(new BigDecimal(v[3])) != 0 || p.account != accountIds.get(i)
                    || (!p.paidOn.equals(v[1]) && !p.onlineNotReversal))) {
                problems.add(ImportProblem.error(rows.get(i).line(), "payment_id", ImportChecks.PAYMENT_CHANGED.formatted(v[0])));
            }
        }
        return problems;
    }
}
