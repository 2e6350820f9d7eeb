package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.importing.BillingImports;

/** Applies the checked file in one transaction (nothing, when the import already failed). */
@Named
@Dependent
public class ImportApply extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @EJB
    private BillingImports imports;

    @Override
    public String process() {
        imports.apply(importId);
        // After the apply transaction has committed: a failed apply keeps its rows for the restart.
        imports.dropStaging(importId);
        return "APPLIED";
    }
}
