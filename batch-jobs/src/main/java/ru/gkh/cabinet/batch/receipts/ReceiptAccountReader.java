package ru.gkh.cabinet.batch.receipts;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.application.receipts.Receipts;
import ru.gkh.cabinet.batch.jobs.IdPageReader;

/** A partition's accounts still without a receipt, a page at a time. */
@Named
@Dependent
public class ReceiptAccountReader extends IdPageReader {

    private static final int PAGE = 1000;

    @Inject
    @BatchProperty
    String organizationId;

    @Inject
    @BatchProperty
    String period;

    /** One account's id, when the run makes a single receipt; empty otherwise. */
    @Inject
    @BatchProperty
    String account;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @EJB
    private Receipts receipts;

    @Override
    protected List<Long> pageAfter(long afterId) {
        Long only = account == null || account.isBlank() ? null : Long.valueOf(account);
        return receipts.accountsAfter(Long.parseLong(organizationId), YearMonth.parse(period), only, afterId, PAGE,
                Integer.parseInt(partitions), Integer.parseInt(partition));
    }
}
