package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.aiva.core.question.RubricCriterion;

class RubricAssessmentTest {

    private static final String QUESTION = "Which HTTP methods are safe and which are idempotent, and why does it matter?";
    private static final List<RubricCriterion> RUBRIC = List.of(
            new RubricCriterion("Defines safe methods", 2, "Says safe methods are read-only and names GET and HEAD.",
                    "Confuses safe with idempotent."),
            new RubricCriterion("Explains the consequences", 1, "Links idempotence to automatic retries and safe methods to caching.",
                    "Gives definitions only."));

    private final RubricAssessment assessment = new RubricAssessment(new ReferenceCoverage(TermRarity.library()));

    @Test
    void quotesTheSentenceThatEarnedACriterionAndSaysWhatWasNotObserved() {
        String answer = "I have used many APIs. GET and HEAD are safe because they only read. PUT is idempotent.";

        List<CriterionEvidence> evidence = assessment.assess(QUESTION, RUBRIC, answer);

        CriterionEvidence safe = evidence.get(0);
        assertThat(safe.criterion()).isEqualTo("Defines safe methods");
        assertThat(safe.observed()).isTrue();
        assertThat(safe.sentences()).containsExactly("GET and HEAD are safe because they only read.");
        assertThat(safe.score()).isPositive();
        CriterionEvidence consequences = evidence.get(1);
        assertThat(consequences.observed()).isFalse();
        assertThat(consequences.quote()).isEmpty();
        assertThat(consequences.missedTerms()).contains("retri", "cach");
    }

    @Test
    void theWeightedScoreFollowsTheCriteriasWeights() {
        List<CriterionEvidence> evidence = List.of(
                new CriterionEvidence("a", 2, 1.0, List.of("x"), List.of()),
                new CriterionEvidence("b", 1, 0.0, List.of(), List.of()));

        assertThat(RubricAssessment.weightedScore(evidence)).isEqualTo(2.0 / 3);
        assertThat(RubricAssessment.weightedScore(List.of())).isZero();
    }

    @Test
    void aPlaceholderAnswerObservesNothing() {
        assertThat(assessment.assess(QUESTION, RUBRIC, "No answer.")).allSatisfy(criterion -> {
            assertThat(criterion.observed()).isFalse();
            assertThat(criterion.score()).isZero();
        });
    }

    @Test
    void quotesAtMostTwoSentencesInTheOrderTheCandidateSaidThem() {
        String answer = "Retries are automatic for idempotent calls. Caching applies to safe methods. "
                + "Proxies retry idempotent requests. Caches keep GET responses.";

        CriterionEvidence consequences = assessment.assess(QUESTION, RUBRIC, answer).get(1);

        List<String> said = Sentences.of(answer);
        assertThat(consequences.sentences()).hasSize(2).isSubsetOf(said)
                .isSortedAccordingTo(Comparator.comparingInt(said::indexOf));
    }
}
