package io.aiva.core.analysis;

import java.util.List;
import java.util.Optional;

/** The built-in analysis of a whole interview: the scorecard's content before it is stored. */
public record InterviewAssessment(double overallScore, String recommendation, String provider, Optional<String> model,
        String method, List<CompetencyResult> competencies, List<QuestionResult> questions, List<IntegritySignal> integritySignals) {

    public InterviewAssessment {
        competencies = List.copyOf(competencies);
        questions = List.copyOf(questions);
        integritySignals = List.copyOf(integritySignals);
    }
}
