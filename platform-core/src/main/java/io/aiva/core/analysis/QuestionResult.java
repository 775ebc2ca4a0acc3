package io.aiva.core.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import io.aiva.core.code.CodeRun;
import io.aiva.core.question.QuestionType;

/** One question's score with everything that justifies it. */
public record QuestionResult(int ordinal, String title, QuestionType type, String competency, boolean answered, double score,
        OptionalDouble referenceCoverage, List<CriterionEvidence> criteria, Optional<StarStructure> star,
        Optional<CommunicationMetrics> communication, Optional<CodeRun> code, Optional<String> transcriptSource, Optional<String> suggestion,
        Optional<String> note) {

    public QuestionResult {
        criteria = List.copyOf(criteria);
    }
}
