package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.importing.BillingImports;
import ru.gkh.cabinet.domain.model.importing.ImportType;

/**
 * The job's first step: payments are posted straight into their table ({@code post}); every other file is staged,
 * checked and applied as a whole, since its rows may update rows already there.
 */
@Named
@Dependent
public class ImportRoute extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @EJB
    private BillingImports imports;

    @Override
    public String process() {
        return imports.typeOf(importId) == ImportType.PAYMENTS ? "POST" : "STAGE";
    }
}
