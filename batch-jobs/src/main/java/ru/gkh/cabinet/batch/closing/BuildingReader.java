package ru.gkh.cabinet.batch.closing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import ru.gkh.cabinet.application.billing.PeriodClose;

/** A partition's share of the organization's buildings in id order, a page at a time; the checkpoint is the last one handed out. */
@Named
@Dependent
public class BuildingReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    String organizationId;

    /** This partition's number, and how many there are: a partition reads the buildings whose id modulo partitions is its number. */
    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @EJB
    private PeriodClose close;

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(close.buildingsAfter(Long.parseLong(organizationId), last, PAGE, Integer.parseInt(partitions), Integer.parseInt(partition)));
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
