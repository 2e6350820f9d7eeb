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

/** The organization's buildings in id order, a page at a time; the checkpoint is the last building handed out. */
@Named
@Dependent
public class BuildingReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    String organizationId;

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
            page.addAll(close.buildingsAfter(Long.parseLong(organizationId), last, PAGE));
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
