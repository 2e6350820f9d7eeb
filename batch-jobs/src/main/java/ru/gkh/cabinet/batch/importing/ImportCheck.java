package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.importing.BillingImports;

/** Fails the import if any row was rejected while staging or by the whole-file checks; otherwise lets apply run. */
@Named
@Dependent
public class ImportCheck extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @EJB
    private BillingImports imports;

    @Override
    public String process() {
        if (imports.failIfRowsRejected(importId) || !imports.check(importId)) {
            // Outside the transactions above, which read the staging table.
            imports.dropStaging(importId);
            return "REJECTED";
        }
        return "CHECKED";
    }
}
