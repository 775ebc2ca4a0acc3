package io.aiva.sdk.client;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the answer asks for; never negative; empty without a readable header. */
    static Optional<Duration> of(HttpHeaders headers, Clock clock) {
        return headers.firstValue("Retry-After").map(String::trim).flatMap(value -> parse(value, clock));
    }

    private static Optional<Duration> parse(String value, Clock clock) {
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
