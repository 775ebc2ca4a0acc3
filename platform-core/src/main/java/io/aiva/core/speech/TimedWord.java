package io.aiva.core.speech;

import java.time.Duration;
import java.util.Objects;

/** A recognised word and when it was said, as offsets from the start of the recording. */
public record TimedWord(String word, Duration start, Duration end) {

    public TimedWord {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isNegative() || end.compareTo(start) < 0) {
            throw new IllegalArgumentException("'" + word + "' ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static TimedWord ofMillis(String word, long startMs, long endMs) {
        return new TimedWord(word, Duration.ofMillis(startMs), Duration.ofMillis(endMs));
    }
}
