package io.aiva.core.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** The pause ratio on hand-made word timings. */
class PausesTest {

    @Test
    void fewerThanTwoWordsHaveNoPauseRatio() {
        assertThat(Pauses.ratio(List.of())).isEmpty();
        assertThat(Pauses.ratio(null)).isEmpty();
        assertThat(Pauses.ratio(List.of(TimedWord.ofMillis("Yes.", 500, 900)))).isEmpty();
    }

    @Test
    void wordsThatTakeNoTimeAtAllHaveNoPauseRatio() {
        assertThat(Pauses.ratio(List.of(TimedWord.ofMillis("a", 1000, 1000), TimedWord.ofMillis("b", 1000, 1000)))).isEmpty();
    }

    @Test
    void fluentSpeechWithOnlyShortGapsHasNoPauses() {
        List<TimedWord> words = List.of(TimedWord.ofMillis("I", 0, 200), TimedWord.ofMillis("built", 300, 700),
                TimedWord.ofMillis("the", 900, 1000), TimedWord.ofMillis("service", 1250, 1800));

        assertThat(Pauses.ratio(words)).hasValue(0.0);
    }

    @Test
    void gapsLongerThanTheMinimumCountWholeAgainstTheSpokenSpan() {
        // Spoken from 1.0 s to 6.0 s: a 1.0 s and a 0.3 s pause, and a 0.25 s gap that is not one.
        List<TimedWord> words = List.of(TimedWord.ofMillis("First", 1000, 1500), TimedWord.ofMillis("we", 2500, 2700),
                TimedWord.ofMillis("measured,", 2700, 3500), TimedWord.ofMillis("then", 3800, 4200),
                TimedWord.ofMillis("we", 4450, 4600), TimedWord.ofMillis("fixed", 4600, 6000));

        assertThat(Pauses.ratio(words).getAsDouble()).isCloseTo(1.3 / 5.0, within(1e-9));
    }

    @Test
    void leadingAndTrailingSilenceAreNotPauses() {
        List<TimedWord> words = List.of(TimedWord.ofMillis("Well", 8000, 8400), TimedWord.ofMillis("yes", 9400, 9800));

        assertThat(Pauses.ratio(words).getAsDouble()).as("1.0 s of 1.8 s").isCloseTo(1.0 / 1.8, within(1e-9));
    }

    @Test
    void wordsOutOfOrderOrOverlappingAreMeasuredFromTheLatestEndHeard() {
        List<TimedWord> words = List.of(TimedWord.ofMillis("c", 3000, 3500), TimedWord.ofMillis("a", 0, 2000),
                TimedWord.ofMillis("b", 500, 1000));

        assertThat(Pauses.ratio(words).getAsDouble()).as("only 2.0-3.0 s is silent").isCloseTo(1.0 / 3.5, within(1e-9));
    }

    @Test
    void theMinimumPauseCanBeChosen() {
        List<TimedWord> words = List.of(TimedWord.ofMillis("a", 0, 1000), TimedWord.ofMillis("b", 1200, 2000));

        assertThat(Pauses.ratio(words)).hasValue(0.0);
        assertThat(Pauses.ratio(words, Duration.ofMillis(100)).getAsDouble()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aTranscriptMeasuresItsOwnWords() {
        Transcript transcript = new Transcript("a b", OptionalDouble.of(0.9),
                List.of(TimedWord.ofMillis("a", 0, 1000), TimedWord.ofMillis("b", 2000, 3000)));

        assertThat(transcript.pauseRatio().getAsDouble()).isCloseTo(1.0 / 3.0, within(1e-9));
        assertThat(Transcript.empty().pauseRatio()).isEmpty();
    }
}
