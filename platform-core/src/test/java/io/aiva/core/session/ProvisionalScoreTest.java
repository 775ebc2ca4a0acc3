package io.aiva.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.question.RubricCriterion;

/** The rough measure that steers adaptive interviews: more of what a good answer says, a higher score. */
class ProvisionalScoreTest {

    private static final QuestionContent QUESTION = new QuestionContent(QuestionType.TECHNICAL, "backend", 3, "en",
            "Retries", "How do you make retries safe?",
            "Clients send an idempotency key; the server stores the response with the key inside the same transaction"
                    + " and replays it for a retry, so duplicate payments never happen.",
            List.of(new RubricCriterion("Keys", 1, "Stores the response atomically with the idempotency key", "Nothing")),
            List.of(), List.of(), 4, null);

    @Test
    void anAnswerSayingWhatAGoodAnswerSaysScoresHigherThanAnOffTopicOne() {
        double strong = ProvisionalScore.of(QUESTION, "Each client sends an idempotency key and the server stores the response"
                + " with that key in the same transaction as the payment, then replays the stored response for any retry,"
                + " so duplicate payments never happen.");
        double weak = ProvisionalScore.of(QUESTION, "I would add more servers and a bigger database.");

        assertThat(strong).isGreaterThanOrEqualTo(QuestionEngine.STRONG);
        assertThat(weak).isLessThanOrEqualTo(QuestionEngine.WEAK);
        assertThat(ProvisionalScore.of(QUESTION, "   ")).isZero();
    }
}
