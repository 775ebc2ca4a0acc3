package io.aiva.core.question;

import java.util.List;
import java.util.Objects;

/**
 * Everything a question says, in one language: what is asked, how answers are judged, and whom it
 * suits. {@code coding} is present exactly for coding questions.
 */
public record QuestionContent(QuestionType type, String competency, int difficulty, String language, String title,
        String prompt, String referenceAnswer, List<RubricCriterion> rubric, List<String> jobRoles, List<String> tags,
        Integer suggestedMinutes, CodingTask coding) {

    public static final int EASIEST = 1;
    public static final int HARDEST = 5;

    public QuestionContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(prompt, "prompt");
        if (difficulty < EASIEST || difficulty > HARDEST) {
            throw new IllegalArgumentException("difficulty must be 1 to 5, not " + difficulty);
        }
        if ((type == QuestionType.CODING) != (coding != null)) {
            throw new IllegalArgumentException("a coding question, and only one, has a coding task");
        }
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        jobRoles = List.copyOf(jobRoles == null ? List.of() : jobRoles);
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
