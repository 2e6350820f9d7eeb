package ru.gkh.cabinet.domain.model.messaging;

import java.time.Duration;

/**
 * When the outbox tries a message again: after the first failure it waits {@code initial}, and each further failure
 * doubles the wait up to {@code max}; after {@code maxAttempts} attempts it gives up (staff can send it again).
 * With the defaults (30 s, 1 h, 30 attempts) a message keeps being tried for about a day.
 */
public record RetrySchedule(Duration initial, Duration max, int maxAttempts) {

    public RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("initial > 0, max ≥ initial, maxAttempts ≥ 1: " + initial + ", " + max + ", " + maxAttempts);
        }
    }

    /** The wait before the next attempt, after {@code failures} failed attempts (1 or more). */
    public Duration delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration d = initial.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    public boolean givesUpAfter(int failures) {
        return failures >= maxAttempts;
    }
}
