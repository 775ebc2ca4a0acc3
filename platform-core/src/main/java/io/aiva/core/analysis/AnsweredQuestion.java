package io.aiva.core.analysis;

import java.util.Optional;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.session.AnswerContent;

/** A question as it was asked in an interview, and the candidate's last answer to it, if any. */
public record AnsweredQuestion(int ordinal, QuestionContent question, Optional<AnswerContent> answer) {
}
