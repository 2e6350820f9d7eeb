package ru.gkh.cabinet.web.resident;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.LongSupplier;

/**
 * The count beside «Новости» in the menu of every page, remembered in the session for up to a minute (it took two
 * statements on each page): news published on this server ({@link NewsEdition}) and the resident's own reading of the
 * news count again at once.
 */
@SessionScoped
public class UnreadNews implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long FRESH_NANOS = 60_000_000_000L;

    @Inject
    NewsEdition edition;

    /** Transient: a session moved to another server counts again there (its clock is another). */
    private transient Long account;
    private long countedIn;
    private long count;
    private long countedAt;

    /** The count for this account: remembered, or counted now. */
    synchronized long of(long accountId, LongSupplier counting) {
        long now = System.nanoTime();
        long latest = edition.current();
        if (account == null || account != accountId || countedIn != latest || now - countedAt > FRESH_NANOS) {
            count = counting.getAsLong();
            account = accountId;
            countedAt = now;
            countedIn = latest;
        }
        return count;
    }

    /** The resident has just seen the news. */
    synchronized void forget() {
        account = null;
    }
}
