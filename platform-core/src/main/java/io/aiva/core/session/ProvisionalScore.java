package io.aiva.core.session;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.question.RubricCriterion;

/**
 * A quick, rough measure of an answer taken the moment it arrives, only to steer an adaptive
 * interview up or down: the share of the distinctive words of the reference answer and of what good
 * answers show that the answer uses. The scorecard comes later from the analysis, which reads for
 * meaning; this never reaches a recruiter. Code is not judged here (null: neither up nor down).
 */
public final class ProvisionalScore {

    /** Using this many of the reference's words is already a strong answer. */
    static final int ENOUGH_WORDS = 12;
    private static final Set<String> COMMON = Set.of("about", "after", "also", "because", "been", "before", "being",
            "both", "could", "does", "each", "from", "have", "into", "just", "like", "made", "make", "many", "more",
            "most", "much", "only", "other", "over", "same", "should", "some", "such", "than", "that", "their", "them",
            "then", "there", "these", "they", "this", "those", "through", "under", "very", "want", "were", "what",
            "when", "where", "which", "while", "will", "with", "would", "your");

    private ProvisionalScore() {
    }

    public static Double of(QuestionContent question, String answer) {
        if (question.type() == QuestionType.CODING || answer == null || answer.isBlank()) {
            return question.type() == QuestionType.CODING ? null : 0.0;
        }
        StringBuilder reference = new StringBuilder(question.referenceAnswer() == null ? "" : question.referenceAnswer());
        for (RubricCriterion criterion : question.rubric()) {
            reference.append(' ').append(criterion.good());
        }
        Set<String> expected = words(reference.toString());
        if (expected.isEmpty()) {
            return null;
        }
        Set<String> used = words(answer);
        used.retainAll(expected);
        return Math.min(1.0, used.size() / (double) Math.min(ENOUGH_WORDS, expected.size()));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
