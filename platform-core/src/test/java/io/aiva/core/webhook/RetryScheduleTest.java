package io.aiva.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void retriesOnTheDocumentedScheduleAfterEachFailedAttempt() {
        assertThat(RetrySchedule.next(1, FAILED_AT)).contains(FAILED_AT.plusSeconds(5));
        assertThat(RetrySchedule.next(2, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(5)));
        assertThat(RetrySchedule.next(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(30)));
        assertThat(RetrySchedule.next(4, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(2)));
        assertThat(RetrySchedule.next(5, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(5)));
        assertThat(RetrySchedule.next(6, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(10)));
        assertThat(RetrySchedule.next(7, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(10)));
    }

    @Test
    void givesUpAfterTheEighthAttempt() {
        assertThat(RetrySchedule.attempts()).isEqualTo(8);
        assertThat(RetrySchedule.next(8, FAILED_AT)).isEmpty();
    }

    @Test
    void theWholeScheduleSpansAboutADay() {
        Duration total = RetrySchedule.DELAYS.stream().reduce(Duration.ZERO, Duration::plus);

        assertThat(total).isBetween(Duration.ofHours(27), Duration.ofHours(28));
    }
}
