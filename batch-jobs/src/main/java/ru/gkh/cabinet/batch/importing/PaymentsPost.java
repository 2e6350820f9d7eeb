package ru.gkh.cabinet.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import ru.gkh.cabinet.application.importing.PaymentsPosting;

/** Posts a payments file in one transaction ({@link PaymentsPosting}); stopped, it posts nothing. */
@Named
@Dependent
public class PaymentsPost extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String file;

    @EJB
    private PaymentsPosting posting;

    private volatile boolean stopping;

    @Override
    public String process() {
        posting.post(importId, Path.of(file), () -> stopping);
        return "POSTED";
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
