package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import ru.gkh.cabinet.application.importing.BillingImports;
import ru.gkh.cabinet.domain.model.importing.ImportFileParser.ParsedRow;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.StagedRow;

/** Writes a chunk of parsed rows (staged or rejected) in the chunk's transaction, with the progress counters. */
@Named
@Dependent
public class StagingWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String importId;

    @EJB
    private BillingImports imports;

    @Override
    public void writeItems(List<Object> items) {
        List<StagedRow> rows = new ArrayList<>(items.size());
        List<ImportProblem> problems = new ArrayList<>();
        for (Object o : items) {
            ParsedRow p = (ParsedRow) o;
            if (p.staged() != null) {
                rows.add(p.staged());
            } else {
                problems.add(p.problem());
            }
        }
        imports.stage(importId, rows, problems, items.size());
    }
}
