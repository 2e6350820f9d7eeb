package ru.gkh.cabinet.batch.jobs;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads ids in ascending order a page at a time; the checkpoint is the last id handed out, so a restarted step
 * goes on after it. Subclasses say how a page after an id is found (a partition's buildings, accounts without a receipt).
 */
public abstract class IdPageReader extends AbstractItemReader {

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;

    /** The next ids after {@code afterId}, ascending; empty when there are no more. */
    protected abstract List<Long> pageAfter(long afterId);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(pageAfter(last));
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
