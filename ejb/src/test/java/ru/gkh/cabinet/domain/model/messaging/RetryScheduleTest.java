package ru.gkh.cabinet.domain.model.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 30);

    @Test
    void theWaitDoublesFromThirtySecondsUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), schedule.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), schedule.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), schedule.delayAfter(3));
        assertEquals(Duration.ofSeconds(1920), schedule.delayAfter(7));
        assertEquals(Duration.ofHours(1), schedule.delayAfter(8));     // 3840 s capped
        assertEquals(Duration.ofHours(1), schedule.delayAfter(29));
    }

    @Test
    void itGivesUpAtTheLastAttempt() {
        assertFalse(schedule.givesUpAfter(29));
        assertTrue(schedule.givesUpAfter(30));
    }

    @Test
    void aScheduleThatWouldNeverWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3));
    }
}
