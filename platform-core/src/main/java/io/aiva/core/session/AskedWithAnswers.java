package io.aiva.core.session;

import java.util.List;

/** A question as asked in an interview, its section's title, and every answer attempt, oldest first. */
public record AskedWithAnswers(SessionQuestion question, String sectionTitle, List<Answer> answers) {
}
