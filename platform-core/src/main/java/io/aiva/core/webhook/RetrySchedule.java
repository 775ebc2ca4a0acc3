package io.aiva.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again, as the API documents it: after 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h and 10 h, eight attempts over about 28 hours, so a receiver down for a day loses nothing.
 */
public final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

    private RetrySchedule() {
    }

    /** When to try again after the {@code attemptsMade}-th scheduled attempt failed at {@code failedAt}, if ever. */
    static Optional<Instant> next(int attemptsMade, Instant failedAt) {
        if (attemptsMade < 1 || attemptsMade > DELAYS.size()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(DELAYS.get(attemptsMade - 1)));
    }

    /** Scheduled attempts in all: the first and its retries. */
    static int attempts() {
        return DELAYS.size() + 1;
    }
}
