package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gkh.cabinet.application.importing.BillingImports;

/** Marks the import failed when the job itself failed (a database error, say), so the accountant is not left waiting. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext job;

    @EJB
    private BillingImports imports;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED) {
            LOG.log(Level.WARNING, "Import {0} ended {1}: {2}", new Object[] {importId, job.getBatchStatus(), job.getExitStatus()});
            imports.interrupted(importId, "Загрузка прервана (" + job.getBatchStatus() + "); ни одна строка не применена."
                    + " Её можно перезапустить: файл применяется только целиком.");
        }
    }
}
