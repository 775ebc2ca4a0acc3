package io.aiva.core.question;

/**
 * Which questions a list shows; a null criterion does not filter. Archived questions are shown
 * only when asked for by status.
 */
public record QuestionFilter(QuestionType type, String competency, Integer difficulty, String language,
        Question.Source source, Question.Status status, String jobRole, String text) {
}
