package io.aiva.core.analysis;

import java.util.List;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.question.RubricCriterion;

/** A question with a two-criterion rubric and an answer to it, for the model judges' tests. */
final class JudgeFixtures {

    static final QuestionContent QUESTION = new QuestionContent(QuestionType.TECHNICAL, "backend", 2, "en",
            "Idempotency", "Which HTTP methods are idempotent?", "PUT and DELETE are; POST is not.",
            List.of(new RubricCriterion("Names the idempotent methods", 2, "Names PUT and DELETE.", "Calls POST idempotent."),
                    new RubricCriterion("Explains retries", 1, "Links idempotence to safe retries.", "No mention of retries.")),
            List.of(), List.of(), 3, null);
    static final String ANSWER = "PUT and DELETE are idempotent.\nPOST is not.";

    private JudgeFixtures() {
    }
}
