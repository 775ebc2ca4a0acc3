package io.aiva.core.speech;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a recogniser heard in one answer: the text (the best hypothesis of each stretch of audio,
 * joined), how confident it was (0 to 1, absent when it did not say), and the words with their
 * times, from which pauses are measured.
 */
public record Transcript(String text, OptionalDouble confidence, List<TimedWord> words) {

    public Transcript {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confidence, "confidence");
        words = List.copyOf(words);
    }

    /** Nothing was recognised: silence, noise, or speech in another language. */
    public static Transcript empty() {
        return new Transcript("", OptionalDouble.empty(), List.of());
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The share of the spoken span spent in pauses; see {@link Pauses#ratio(List)}. */
    public OptionalDouble pauseRatio() {
        return Pauses.ratio(words);
    }
}
