package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.session.AnswerContent;
import io.aiva.core.template.AnswerMode;

class IntegritySignalsTest {

    private static final String REFERENCE = "A cache keeps the results of slow lookups close to where they are read, so that"
            + " repeated reads are served quickly, at the cost of possibly serving stale data until it is invalidated.";
    private static final QuestionContent QUESTION = new QuestionContent(QuestionType.TECHNICAL, "backend", 2, "en", "Caching",
            "Why would you cache a slow lookup?", REFERENCE, List.of(), List.of(), List.of(), 3, null);
    private static final String LONG_ANSWER = "I would put a cache in front of the lookup because the same keys are read again"
            + " and again; reads then come from memory. The price is staleness, so each entry gets a time to live and writes"
            + " invalidate the key they change.";

    @Test
    void aLongWrittenAnswerEnteredFasterThanAnyoneTypesIsSignalled() {
        List<IntegritySignal> pasted = IntegritySignals.of(List.of(answered(1, AnswerMode.TEXT, LONG_ANSWER, 4_000L)));
        List<IntegritySignal> typed = IntegritySignals.of(List.of(answered(1, AnswerMode.TEXT, LONG_ANSWER, 90_000L)));

        assertThat(pasted).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo(IntegritySignals.IMPLAUSIBLE_TYPING_SPEED);
            assertThat(signal.ordinal()).hasValue(1);
            assertThat(signal.description()).contains(LONG_ANSWER.length() + " characters of text", "4.0 s");
        });
        assertThat(typed).isEmpty();
    }

    @Test
    void aShortAnswerOrASpokenOneOrOneWithoutTimingIsNotJudgedOnSpeed() {
        assertThat(IntegritySignals.of(List.of(
                answered(1, AnswerMode.TEXT, "Reads get faster; data may be stale.", 1_000L),
                answered(2, AnswerMode.VOICE, LONG_ANSWER, 4_000L),
                answered(3, AnswerMode.TEXT, LONG_ANSWER, null),
                new AnsweredQuestion(4, QUESTION, Optional.empty())))).isEmpty();
    }

    @Test
    void anAnswerRepeatingALongRunOfTheReferenceAnswerIsSignalledAndAParaphraseIsNot() {
        String reproduced = "Well, I think repeated reads are served quickly, at the cost of possibly serving stale data until it"
                + " is invalidated.";
        String paraphrase = "Repeated reads become fast, but stale data may be served until the entry is invalidated.";

        assertThat(IntegritySignals.of(List.of(answered(2, AnswerMode.VOICE, reproduced, 30_000L)))).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.kind()).isEqualTo(IntegritySignals.REFERENCE_ANSWER_REPRODUCED);
                    assertThat(signal.ordinal()).hasValue(2);
                    assertThat(signal.description()).contains("repeats 17 consecutive words");
                });
        assertThat(IntegritySignals.of(List.of(answered(2, AnswerMode.VOICE, paraphrase, 30_000L)))).isEmpty();
    }

    @Test
    void theLongestSharedRunCountsConsecutiveWordsOnly() {
        assertThat(IntegritySignals.longestSharedRun(List.of("a", "b", "c", "d"), List.of("x", "b", "c", "y", "a", "b", "c", "d")))
                .isEqualTo(4);
        assertThat(IntegritySignals.longestSharedRun(List.of("a", "b"), List.of("b", "a"))).isEqualTo(1);
        assertThat(IntegritySignals.longestSharedRun(List.of(), List.of("a"))).isZero();
    }

    private static AnsweredQuestion answered(int ordinal, AnswerMode mode, String words, Long durationMs) {
        AnswerContent answer = mode == AnswerMode.VOICE
                ? new AnswerContent(mode, words, null, null, null, null, Instant.parse("2026-11-29T10:00:00Z"), durationMs)
                : new AnswerContent(mode, null, words, null, null, null, Instant.parse("2026-11-29T10:00:00Z"), durationMs);
        return new AnsweredQuestion(ordinal, QUESTION, Optional.of(answer));
    }
}
