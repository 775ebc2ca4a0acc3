package io.aiva.core.analysis;

import java.util.List;
import java.util.Optional;

import io.aiva.core.question.QuestionContent;

/**
 * Judges an answer against its question's rubric, criterion by criterion, with the answer's own
 * sentences as evidence. The built-in judge measures coverage; a language-model judge asks a model.
 */
public interface RubricJudge {

    /** {@code builtin}, {@code openai}, {@code gemini}. */
    String provider();

    /** The model asked, for a language-model judge. */
    Optional<String> model();

    /**
     * One evidence per rubric criterion, in the rubric's order.
     *
     * @throws JudgeUnavailableException when the judge could not give a valid answer (a model that
     *                                   did not answer in time, or not in the agreed form)
     */
    List<CriterionEvidence> judge(QuestionContent question, String answer);
}
