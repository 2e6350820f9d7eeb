package ru.gkh.cabinet.application.messaging;

import java.time.Instant;

/**
 * A message of the outbox as staff see it. {@code attachment} names the attached receipt's file, if any; {@code text}
 * is an SMS's text (staff read SMS kept in the outbox when no gateway is configured), null for mail.
 */
public record OutboxMessage(long id, String channel, String recipient, String subject, String status, int attempts,
                            Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, String attachment, String text) {
}
