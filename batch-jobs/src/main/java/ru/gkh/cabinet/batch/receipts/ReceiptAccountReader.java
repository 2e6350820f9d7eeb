package ru.gkh.cabinet.batch.receipts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import ru.gkh.cabinet.application.receipts.Receipts;

/** A partition's accounts still without a receipt, a page at a time; the checkpoint is the last one handed out. */
@Named
@Dependent
public class ReceiptAccountReader extends AbstractItemReader {

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

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            Long only = account == null || account.isBlank() ? null : Long.valueOf(account);
            page.addAll(receipts.accountsAfter(Long.parseLong(organizationId), YearMonth.parse(period), only, last, PAGE,
                    Integer.parseInt(partitions), Integer.parseInt(partition)));
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
