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
import ru.gkh.cabinet.domain.model.importing.ImportFileParser;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;

/** Streams the uploaded file row by row; its checkpoint is the parser's position, so a restart resumes after the last chunk. */
@Named
@Dependent
public class ImportFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String file;

    @EJB
    private BillingImports imports;

    private ImportFileParser parser;
    private boolean rejected;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ImportType type = imports.typeOf(importId);
        try {
            parser = ImportFileParser.open(type, Path.of(file));
        } catch (FileRejected e) {
            imports.fail(importId, "Файл не загружен: " + e.getMessage(), e.problem());
            rejected = true;
            return;
        }
        if (checkpoint == null) {
            imports.recordCharset(importId, parser.charset().name(), parser.warnings());
        } else {
            parser.skipTo((ImportFileParser.Position) checkpoint);
        }
    }

    @Override
    public Object readItem() {
        if (rejected) {
            return null;
        }
        try {
            return parser.next();
        } catch (ImportFileParser.RowRejectedIo e) {
            imports.fail(importId, "Файл не загружен: нарушен формат CSV", ImportProblem.error((int) e.line(), null,
                    "нарушен формат CSV (незакрытые кавычки?): " + e.getCause().getMessage()));
            rejected = true;
            return null;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return parser == null ? null : parser.position();
    }

    @Override
    public void close() throws Exception {
        if (parser != null) {
            parser.close();
        }
    }
}
