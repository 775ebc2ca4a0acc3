package io.aiva.core.paging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Where a page ended in a list sorted newest first: the last item's creation time and id, so the
 * next page starts right after it even when items are added in between.
 */
public record Position(Instant at, UUID id) {

    /** The position as text, for a cursor. */
    public String encode() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + id;
    }

    /**
     * @throws IllegalArgumentException when the text is not one {@link #encode()} made
     */
    public static Position parse(String text) {
        int separator = text.indexOf('_');
        if (separator < 1) {
            throw new IllegalArgumentException("not a position: " + text);
        }
        try {
            long micros = Long.parseLong(text.substring(0, separator));
            return new Position(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(text.substring(separator + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a position: " + text, e);
        }
    }
}
