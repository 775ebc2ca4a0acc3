package io.aiva.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * An instant as an entity stores it: UTC, to the microsecond. JPA 3.1 maps {@code OffsetDateTime}
 * to {@code timestamptz} ({@code Instant} only with JPA 3.2), and PostgreSQL keeps microseconds, so
 * truncating here makes a returned record equal the stored one.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
