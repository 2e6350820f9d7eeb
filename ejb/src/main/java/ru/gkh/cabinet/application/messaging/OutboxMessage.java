package ru.gkh.cabinet.application.messaging;

import java.time.Instant;

/** A message of the outbox as staff see it. {@code attachment} names the attached receipt's file, if any. */
public record OutboxMessage(long id, String channel, String recipient, String subject, String status, int attempts,
                            Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, String attachment) {
}
