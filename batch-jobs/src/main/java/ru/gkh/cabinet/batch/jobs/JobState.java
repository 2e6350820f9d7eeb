package ru.gkh.cabinet.batch.jobs;

import java.io.Serializable;
import java.time.Instant;

/** A batch job execution as the staff API shows it: which job, where it is, how far. */
public record JobState(long id, String job, String status, String step, long done, long total, Instant startedAt,
                       Instant endedAt, String message) implements Serializable {
}
