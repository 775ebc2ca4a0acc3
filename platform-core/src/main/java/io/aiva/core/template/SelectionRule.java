package io.aiva.core.template;

import java.util.List;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;

/**
 * Picks {@code count} questions during the interview: of the competencies (in turn) and types given,
 * within the difficulty range, starting at {@code startDifficulty}; an adaptive rule moves one level
 * up after a strong answer and one down after a weak one.
 */
public record SelectionRule(int count, List<String> competencies, List<QuestionType> types, int minDifficulty,
        int maxDifficulty, int startDifficulty, boolean adaptive) {

    public SelectionRule {
        competencies = List.copyOf(competencies == null ? List.of() : competencies);
        types = List.copyOf(types == null ? List.of() : types);
    }

    /** With the contract's defaults: the whole range, starting in its middle. */
    public static SelectionRule of(int count, List<String> competencies, List<QuestionType> types, Integer minDifficulty,
            Integer maxDifficulty, Integer startDifficulty, Boolean adaptive) {
        int min = minDifficulty == null ? QuestionContent.EASIEST : minDifficulty;
        int max = maxDifficulty == null ? QuestionContent.HARDEST : maxDifficulty;
        return new SelectionRule(count, competencies, types, min, max,
                startDifficulty == null ? (min + max) / 2 : startDifficulty, Boolean.TRUE.equals(adaptive));
    }
}
