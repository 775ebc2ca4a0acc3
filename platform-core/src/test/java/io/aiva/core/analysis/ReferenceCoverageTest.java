package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCoverageTest {

    private static final String QUESTION = "Which HTTP methods are idempotent, and why does it matter?";
    private static final String REFERENCE = "PUT and DELETE are idempotent: repeating them leaves the server in the same state. "
            + "POST is not, so clients and proxies may retry idempotent requests automatically but must not retry POST.";

    private final ReferenceCoverage coverage = new ReferenceCoverage(TermRarity.library());

    @Test
    void theReferenceItselfEarnsFullMarks() {
        assertThat(coverage.of(QUESTION, REFERENCE, REFERENCE).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "No response.", "empty submission", "N/A", "-", "..."})
    void anEmptyAnswerOrAPlaceholderScoresZero(String answer) {
        Coverage none = coverage.of(QUESTION, REFERENCE, answer);

        assertThat(none.score()).isZero();
        assertThat(none.covered()).isEmpty();
        assertThat(none.missed()).contains("idempot", "retri");
    }

    @Test
    void anAnswerOnSomethingElseScoresZero() {
        assertThat(coverage.of(QUESTION, REFERENCE, "I enjoy painting landscapes on weekends.").score()).isZero();
    }

    @Test
    void formsOfAWordCountAsTheWord() {
        double stemmed = coverage.of(QUESTION, REFERENCE, "Retrying is safe for puts and deletes; the server's state is the same.").score();
        double exact = coverage.of(QUESTION, REFERENCE, "Retry is safe for PUT and DELETE; the server state is the same.").score();

        assertThat(stemmed).isPositive().isEqualTo(exact);
    }

    @Test
    void repeatingTheQuestionEarnsLessThanSayingWhatTheReferenceAdds() {
        double parroted = coverage.of(QUESTION, REFERENCE, QUESTION).score();
        double informed = coverage.of(QUESTION, REFERENCE, "PUT and DELETE, because proxies retry them automatically.").score();

        assertThat(parroted).isLessThan(informed);
    }

    @Test
    void pastingAQuestionThatHoldsTheReferencesWordsEarnsHalfMarksAtMost() {
        String question = "Explain why PUT and DELETE are idempotent while POST is not.";
        String reference = "PUT and DELETE are idempotent; POST is not.";

        double pasted = coverage.of(question, reference, question).score();
        double answered = coverage.of(question, reference, "PUT and DELETE are idempotent: a retry leaves the same state.").score();

        assertThat(pasted).isEqualTo(ReferenceCoverage.ECHO_CAP);
        assertThat(answered).isGreaterThan(pasted);
    }

    @Test
    void sayingMoreOfTheReferenceNeverLowersTheScore() {
        List<String> growing = List.of("PUT.", "PUT and DELETE.", "PUT and DELETE leave the same state.",
                "PUT and DELETE leave the same state; POST is not idempotent.");
        double previous = -1;
        for (String answer : growing) {
            double score = coverage.of(QUESTION, REFERENCE, answer).score();
            assertThat(score).isGreaterThanOrEqualTo(previous);
            previous = score;
        }
    }

    @Test
    void aRareTermTellsMoreThanACommonOne() {
        TermRarity rarity = TermRarity.of(List.of("the server uses data", "data and the server", "a server holds data",
                "idempotent requests"));

        assertThat(rarity.weight("idempot")).isGreaterThan(rarity.weight("server"));
        assertThat(rarity.weight("never-seen")).isGreaterThan(rarity.weight("idempot"));
    }

    @Test
    void reportsWhatTheAnswerCoveredAndWhatItMissedRarestFirst() {
        Coverage partial = coverage.of(QUESTION, REFERENCE, "PUT and DELETE can be repeated.");
        ReferenceCoverage custom = new ReferenceCoverage(TermRarity.of(List.of("alpha beta", "alpha gamma", "alpha delta", "omega")));

        Coverage missedBoth = custom.of("Tell me something.", "Alpha and omega.", "Beta.");

        assertThat(partial.covered()).contains("put", "delet");
        assertThat(partial.missed()).contains("proxi", "retri").doesNotContain("put", "delet");
        assertThat(missedBoth.missed()).containsExactly("omega", "alpha");
    }

    @Test
    void theSameInputGivesTheSameScore() {
        String answer = "POST is not idempotent; PUT is.";

        assertThat(coverage.of(QUESTION, REFERENCE, answer)).isEqualTo(coverage.of(QUESTION, REFERENCE, answer));
    }
}
