package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import ru.gkh.cabinet.application.importing.BillingImports;
import ru.gkh.cabinet.domain.model.importing.FileRejected;
import ru.gkh.cabinet.domain.model.importing.FileShare;
import ru.gkh.cabinet.domain.model.importing.ImportFileParser;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;

/**
 * Streams the uploaded file row by row, for one partition of the stage step: its share of the rows ({@link FileShare},
 * blocks of {@link #BLOCK}), so that one partition's rows are checked and written while another's are parsed. Whatever
 * concerns the file as a whole (its charset and header, a broken quote) is reported by partition 0 alone. The
 * checkpoint is the share's, so a restart resumes after the last chunk.
 */
@Named
@Dependent
public class ImportFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    /** Rows in a block: the step's chunk, so a chunk is one block. */
    static final int BLOCK = 5000;

    @EJB
    private BillingImports imports;

    private ImportFileParser parser;
    private FileShare share;
    private boolean rejected;
    private int me;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        me = Integer.parseInt(partition);
        ImportType type = imports.typeOf(importId);
        try {
            parser = ImportFileParser.open(type, Path.of(file));
        } catch (FileRejected e) {
            if (me == 0) {
                imports.fail(importId, "Файл не загружен: " + e.getMessage(), e.problem());
            }
            rejected = true;
            return;
        }
        FileShare.Checkpoint at = (FileShare.Checkpoint) checkpoint;
        if (at == null) {
            if (me == 0) {
                imports.recordCharset(importId, parser.charset().name(), parser.warnings());
            }
        } else {
            parser.skipTo(at.position());
        }
        share = new FileShare(parser, BLOCK, me, Integer.parseInt(partitions), at);
    }

    @Override
    public Object readItem() {
        if (rejected) {
            return null;
        }
        try {
            return share.next();
        } catch (ImportFileParser.RowRejectedIo e) {
            if (me == 0) {
                imports.fail(importId, "Файл не загружен: нарушен формат CSV", ImportProblem.error((int) e.line(), null,
                        "нарушен формат CSV (незакрытые кавычки?): " + e.getCause().getMessage()));
            }
            rejected = true;
            return null;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return share == null ? null : share.checkpoint();
    }

    @Override
    public void close() throws Exception {
        if (parser != null) {
            parser.close();
        }
    }
}
