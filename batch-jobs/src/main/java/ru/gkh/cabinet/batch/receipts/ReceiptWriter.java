package ru.gkh.cabinet.batch.receipts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.application.receipts.Receipts;

/** Renders and stores a chunk of receipts (and queues their mail) in the chunk's transaction. */
@Named
@Dependent
public class ReceiptWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String organizationId;

    @Inject
    @BatchProperty
    String period;

    @EJB
    private Receipts receipts;

    @Override
    public void writeItems(List<Object> accounts) {
        receipts.generate(Long.parseLong(organizationId), YearMonth.parse(period), accounts.stream().map(Long.class::cast).toList());
    }
}
