package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommunicationMetricsTest {

    @Test
    void countsWordsAndTheSpeakingRateOfASpokenAnswer() {
        String answer = "I would start with the data model and then design the API around it";

        CommunicationMetrics metrics = CommunicationMetrics.of(answer, "en", true, 6_000L);

        assertThat(metrics.words()).isEqualTo(14);
        assertThat(metrics.wordsPerMinute()).hasValueCloseTo(140.0, within(1e-9));
        assertThat(metrics.pauseRatio()).isEmpty();
    }

    @Test
    void aTypedAnswerHasNoSpeakingRate() {
        assertThat(CommunicationMetrics.of("Typed words here", "en", false, 60_000L).wordsPerMinute()).isEmpty();
        assertThat(CommunicationMetrics.of("Spoken but untimed", "en", true, null).wordsPerMinute()).isEmpty();
    }

    @Test
    void countsFillersOfTheAnswersLanguageOnly() {
        String english = "Um so I mean the cache is uh basically a copy you know";
        String german = "Also äh der Cache ist halt sozusagen eine Kopie";

        assertThat(CommunicationMetrics.of(english, "en", true, 5_000L).fillersPer100Words()).isCloseTo(100.0 * 5 / 13, within(1e-9));
        assertThat(CommunicationMetrics.of(german, "de", true, 5_000L).fillersPer100Words()).isCloseTo(100.0 * 3 / 9, within(1e-9));
        assertThat(CommunicationMetrics.of(german, "en", true, 5_000L).fillersPer100Words()).isZero();
        assertThat(CommunicationMetrics.of("The umbrella is here", "en", false, null).fillersPer100Words())
                .as("a filler is a whole word").isZero();
    }

    @Test
    void diversityIsTheShareOfDistinctWordsAveragedOverMovingWindows() {
        assertThat(CommunicationMetrics.diversity(List.of("a", "b", "c", "d"))).isEqualTo(1.0);
        assertThat(CommunicationMetrics.diversity(List.of("a", "a", "a", "a"))).isEqualTo(0.25);
        List<String> repetitive = Collections.nCopies(200, "same");
        assertThat(CommunicationMetrics.diversity(repetitive)).isCloseTo(1.0 / CommunicationMetrics.DIVERSITY_WINDOW, within(1e-12));
        assertThat(CommunicationMetrics.of("", "en", false, null).vocabularyDiversity()).isZero();
    }
}
