package io.aiva.core.scorecard;

import java.util.List;
import java.util.Locale;

import io.aiva.core.analysis.CommunicationMetrics;
import io.aiva.core.analysis.CompetencyResult;
import io.aiva.core.analysis.CriterionEvidence;
import io.aiva.core.analysis.IntegritySignal;
import io.aiva.core.analysis.InterviewAssessment;
import io.aiva.core.analysis.QuestionResult;
import io.aiva.core.analysis.StarStructure;
import io.aiva.core.code.CodeRun;

/**
 * What a scorecard found, as it is stored (JSON) and read back: per competency, and question by
 * question with the evidence. Absent values are null here, the form JSON keeps them in.
 */
public record ScorecardDetails(List<Competency> competencies, List<Question> questions, List<Integrity> integritySignals) {

    /** Scorecards stored before integrity signals were looked for have none. */
    public ScorecardDetails {
        integritySignals = integritySignals == null ? List.of() : integritySignals;
    }

    public record Competency(String competency, double score, int questions) {
    }

    public record Question(int ordinal, String title, String type, String competency, boolean answered, double score,
            Double referenceCoverage, List<Criterion> criteria, Star star, Communication communication, CodeTests codeTests,
            String transcriptSource, String suggestion, String note) {
    }

    public record CodeTests(int passed, int total, int visiblePassed, int visibleTotal, int hiddenPassed, int hiddenTotal,
            List<CodeTest> tests) {
    }

    public record CodeTest(String name, boolean hidden, boolean passed, String verdict, Double timeSeconds, Integer memoryKb) {
    }

    public record Integrity(String kind, Integer ordinal, String description) {
    }

    public record Criterion(String criterion, int weight, double score, boolean observed, String evidence) {
    }

    public record Star(double completeness, String situation, String task, String action, String result, List<String> missing) {
    }

    public record Communication(int words, Double wordsPerMinute, double fillersPer100Words, double vocabularyDiversity,
            Double pauseRatio) {
    }

    static ScorecardDetails of(InterviewAssessment assessment) {
        return new ScorecardDetails(assessment.competencies().stream().map(ScorecardDetails::competency).toList(),
                assessment.questions().stream().map(ScorecardDetails::question).toList(),
                assessment.integritySignals().stream().map(ScorecardDetails::integrity).toList());
    }

    private static Competency competency(CompetencyResult result) {
        return new Competency(result.competency(), result.score(), result.questions());
    }

    private static Question question(QuestionResult result) {
        return new Question(result.ordinal(), result.title(), result.type().code(), result.competency(), result.answered(),
                result.score(), result.referenceCoverage().isPresent() ? result.referenceCoverage().getAsDouble() : null,
                result.criteria().stream().map(ScorecardDetails::criterion).toList(),
                result.star().map(ScorecardDetails::star).orElse(null),
                result.communication().map(ScorecardDetails::communication).orElse(null),
                result.code().map(ScorecardDetails::codeTests).orElse(null),
                result.transcriptSource().orElse(null),
                result.suggestion().orElse(null), result.note().orElse(null));
    }

    private static CodeTests codeTests(CodeRun run) {
        return new CodeTests(run.passed(), run.total(), run.passedVisible(), run.visibleCount(), run.passedHidden(),
                run.hiddenCount(), run.tests().stream().map(test -> new CodeTest(test.name(), test.hidden(), test.passed(),
                        test.verdict().name().toLowerCase(Locale.ROOT), test.timeSeconds(), test.memoryKb())).toList());
    }

    private static Integrity integrity(IntegritySignal signal) {
        return new Integrity(signal.kind(), signal.ordinal().isPresent() ? signal.ordinal().getAsInt() : null, signal.description());
    }

    private static Criterion criterion(CriterionEvidence evidence) {
        return new Criterion(evidence.criterion(), evidence.weight(), evidence.score(), evidence.observed(),
                evidence.quote().orElse(null));
    }

    private static Star star(StarStructure star) {
        return new Star(star.completeness(), star.situation().orElse(null), star.task().orElse(null),
                star.action().orElse(null), star.result().orElse(null), star.missing());
    }

    private static Communication communication(CommunicationMetrics metrics) {
        return new Communication(metrics.words(),
                metrics.wordsPerMinute().isPresent() ? metrics.wordsPerMinute().getAsDouble() : null,
                metrics.fillersPer100Words(), metrics.vocabularyDiversity(),
                metrics.pauseRatio().isPresent() ? metrics.pauseRatio().getAsDouble() : null);
    }
}
