package io.aiva.core.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Pauses in a spoken answer, from its word timings alone. The pause ratio is the share of the spoken
 * span (from the first word's start to the last word's end, so silence before the candidate starts
 * and after they finish does not count) spent in silent gaps between words longer than a minimum.
 */
public final class Pauses {

    /**
     * The shortest silence counted as a pause. 250 ms is the threshold fluency research has used
     * since Goldman-Eisler (1968) and found to track listeners' fluency ratings best (De Jong and
     * Bosker, 2013): shorter silences are mostly the closures of stop consonants and the joints
     * between words, not hesitation. It also sits above the recogniser's resolution: Google reports
     * word offsets in steps of 100 ms, so a 100-200 ms "gap" may be nothing but rounding.
     */
    public static final Duration MINIMUM_PAUSE = Duration.ofMillis(250);

    private Pauses() {
    }

    /** The pause ratio with {@link #MINIMUM_PAUSE}. */
    public static OptionalDouble ratio(List<TimedWord> words) {
        return ratio(words, MINIMUM_PAUSE);
    }

    /**
     * The share, from 0 to 1, of the spoken span spent in gaps between words longer than
     * {@code minimumPause}; empty for fewer than two words or a span of no length, where there is
     * nothing to measure. Words may come in any order and may overlap; a gap is measured from the
     * latest end heard so far to the next word's start.
     */
    public static OptionalDouble ratio(List<TimedWord> words, Duration minimumPause) {
        Objects.requireNonNull(minimumPause, "minimumPause");
        if (words == null || words.size() < 2) {
            return OptionalDouble.empty();
        }
        List<TimedWord> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparing(TimedWord::start).thenComparing(TimedWord::end));
        long firstStart = ordered.get(0).start().toMillis();
        long heardUntil = ordered.get(0).end().toMillis();
        long paused = 0;
        for (TimedWord word : ordered.subList(1, ordered.size())) {
            long gap = word.start().toMillis() - heardUntil;
            if (gap > minimumPause.toMillis()) {
                paused += gap;
            }
            heardUntil = Math.max(heardUntil, word.end().toMillis());
        }
        long span = heardUntil - firstStart;
        return span <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) paused / span);
    }
}
