package ru.gkh.cabinet.web.resident;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the news published on this server, so that a count of unread news remembered in a session ({@link UnreadNews})
 * is taken again as soon as there is something new. (News published through another server of a cluster shows within
 * the minute a count is remembered.)
 */
@ApplicationScoped
public class NewsEdition {

    private final AtomicLong edition = new AtomicLong();

    public long current() {
        return edition.get();
    }

    public void published() {
        edition.incrementAndGet();
    }
}
