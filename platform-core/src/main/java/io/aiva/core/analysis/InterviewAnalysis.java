package io.aiva.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.aiva.core.code.CodeRun;
import io.aiva.core.code.CodeRunner;
import io.aiva.core.code.CodeRunnerUnavailableException;
import io.aiva.core.question.CodingTask;
import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.session.AnswerContent;
import io.aiva.core.speech.Transcript;
import io.aiva.core.template.AnswerMode;

/**
 * The built-in provider's analysis of an interview: every question scored from its answer's
 * coverage of the reference answer and of each rubric criterion, behavioural answers also on their
 * STAR structure, then per competency and overall, with a recommendation a person reviews. No
 * network, no model, the same result every time.
 */
public final class InterviewAnalysis {

    public static final String PROVIDER = "builtin";
    public static final String METHOD = "builtin/1: each answer's coverage of the question's reference answer and of each"
            + " rubric criterion (rarity-weighted content terms); a question scores the mean of its reference coverage and"
            + " its criteria's weighted score, behavioural questions 70 % that and 30 % STAR completeness, coding questions"
            + " whose code was run 70 % the share of their tests passed and 30 % that; a competency scores the mean of its"
            + " questions, the interview the mean of all questions asked, unanswered ones 0.";
    static final String MODEL_METHOD = "%s/1: each answer judged by the model %s against each rubric criterion (prompt %s),"
            + " every criterion's evidence quoted from the answer and checked word for word (a criterion without evidence"
            + " scores 0); a question scores its criteria's weighted score, behavioural questions 70 %% that and 30 %% STAR"
            + " completeness, coding questions whose code was run 70 %% the share of their tests passed and 30 %% that; a competency scores the mean of its questions, the interview the mean of all questions asked,"
            + " unanswered ones 0. Answers the model could not judge were scored by the built-in scorer (builtin/1), as"
            + " their note says.";
    static final double ADVANCE_FROM = 0.70;
    static final double REVIEW_FROM = 0.45;
    static final double STAR_SHARE = 0.3;
    static final double TESTS_SHARE = 0.7;
    static final int SUGGESTED_CRITERIA = 3;

    private final ReferenceCoverage coverage;
    private final RubricAssessment rubric;
    private final RubricJudge judge;
    private final CodeRunner codeRunner;

    /** The built-in analysis alone, with no code run. */
    public InterviewAnalysis(TermRarity rarity) {
        this(rarity, null, null);
    }

    /**
     * Criteria judged by {@code judge} (the built-in analysis when null), with the built-in analysis
     * for what it cannot judge; code run by {@code codeRunner} against its question's tests (when
     * null, code is judged on its text only).
     */
    public InterviewAnalysis(TermRarity rarity, RubricJudge judge, CodeRunner codeRunner) {
        this.coverage = new ReferenceCoverage(rarity);
        this.rubric = new RubricAssessment(coverage);
        this.judge = judge == null ? rubric : judge;
        this.codeRunner = codeRunner;
    }

    public InterviewAssessment assess(List<AnsweredQuestion> interview) {
        List<QuestionResult> questions = interview.stream().map(this::assess).toList();
        Map<String, List<QuestionResult>> byCompetency = questions.stream()
                .collect(Collectors.groupingBy(QuestionResult::competency, LinkedHashMap::new, Collectors.toList()));
        List<CompetencyResult> competencies = byCompetency.entrySet().stream()
                .map(entry -> new CompetencyResult(entry.getKey(), mean(entry.getValue()), entry.getValue().size())).toList();
        double overall = mean(questions);
        String method = judge == rubric ? METHOD
                : String.format(Locale.ROOT, MODEL_METHOD, judge.provider(), judge.model().orElse("?"), JudgePrompt.VERSION);
        return new InterviewAssessment(overall, recommendation(overall), judge.provider(), judge.model(), method, competencies,
                questions, IntegritySignals.of(interview));
    }

    static String recommendation(double overall) {
        if (overall >= ADVANCE_FROM) {
            return "advance";
        }
        return overall >= REVIEW_FROM ? "review" : "do_not_advance";
    }

    private QuestionResult assess(AnsweredQuestion asked) {
        QuestionContent question = asked.question();
        String words = asked.words();
        boolean answered = !ReferenceCoverage.unanswered(words);
        OptionalDouble reference = question.referenceAnswer() == null || question.referenceAnswer().isBlank()
                ? OptionalDouble.empty()
                : OptionalDouble.of(coverage.of(question.prompt(), question.referenceAnswer(), words).score());
        Optional<String> fallback = Optional.empty();
        List<CriterionEvidence> criteria;
        double content;
        if (judge == rubric || !answered || question.rubric().isEmpty()) {
            criteria = rubric.assess(question.prompt(), question.rubric(), words);
            content = content(reference, criteria);
        } else {
            List<CriterionEvidence> judged;
            try {
                judged = judge.judge(question, words);
            } catch (JudgeUnavailableException e) {
                judged = null;
                fallback = Optional.of("The " + judge.provider() + " model could not judge this answer (" + e.getMessage()
                        + "); it was scored by the built-in scorer.");
            }
            criteria = judged != null ? judged : rubric.assess(question.prompt(), question.rubric(), words);
            content = judged != null ? RubricAssessment.weightedScore(judged) : content(reference, criteria);
        }
        Optional<StarStructure> star = question.type() == QuestionType.BEHAVIORAL
                ? Optional.of(StarStructure.of(answered ? words : ""))
                : Optional.empty();
        Optional<CodeRun> code = Optional.empty();
        Optional<String> codeNote = Optional.empty();
        if (question.type() == QuestionType.CODING && answered) {
            try {
                code = Optional.of(run(question.coding(), asked.answer().get()));
            } catch (CodeRunnerUnavailableException e) {
                codeNote = Optional.of("The code was not run (" + e.getMessage() + "), so it was scored on its text against the rubric only.");
            }
        }
        double contentScore = content;
        double score = !answered ? 0
                : code.map(run -> TESTS_SHARE * run.score() + (1 - TESTS_SHARE) * contentScore)
                        .or(() -> star.map(parts -> (1 - STAR_SHARE) * contentScore + STAR_SHARE * parts.completeness()))
                        .orElse(content);
        Optional<CommunicationMetrics> communication = asked.answer().filter(answer -> answered)
                .map(answer -> CommunicationMetrics.of(words, question.language(), answer.mode() == AnswerMode.VOICE, answer.durationMs())
                        .withPauseRatio(asked.transcript().map(Transcript::pauseRatio).orElse(OptionalDouble.empty())));
        Optional<String> note = Stream.of(asked.transcriptionNote(), codeNote, fallback).flatMap(Optional::stream)
                .reduce((a, b) -> a + " " + b);
        return new QuestionResult(asked.ordinal(), question.title(), question.type(), question.competency(), answered, score,
                reference, criteria, star, communication, code, asked.transcriptSource(), suggestion(answered, criteria, star), note);
    }

    private CodeRun run(CodingTask task, AnswerContent answer) {
        if (codeRunner == null) {
            throw new CodeRunnerUnavailableException("no code runner is configured");
        }
        if (task.tests().isEmpty()) {
            throw new CodeRunnerUnavailableException("the question has no tests");
        }
        if (answer.codeLanguage() == null || answer.codeLanguage().isBlank()) {
            throw new CodeRunnerUnavailableException("the answer does not say its language");
        }
        return codeRunner.run(answer.code(), answer.codeLanguage(), task);
    }

    private static double content(OptionalDouble reference, List<CriterionEvidence> criteria) {
        if (criteria.isEmpty()) {
            return reference.orElse(0);
        }
        double rubricScore = RubricAssessment.weightedScore(criteria);
        return reference.isPresent() ? (reference.getAsDouble() + rubricScore) / 2 : rubricScore;
    }

    /** Written for the candidate: the good answers' descriptions of what was not observed, and the missing STAR parts. */
    static Optional<String> suggestion(boolean answered, List<CriterionEvidence> criteria, Optional<StarStructure> star) {
        List<String> parts = new ArrayList<>();
        if (!answered) {
            parts.add("Answer the question, even briefly: an unanswered question scores nothing.");
        }
        List<String> unobserved = criteria.stream().filter(criterion -> !criterion.observed())
                .sorted((a, b) -> Integer.compare(b.weight(), a.weight()))
                .limit(SUGGESTED_CRITERIA).map(CriterionEvidence::criterion).toList();
        if (!unobserved.isEmpty()) {
            parts.add("A stronger answer would also have covered: " + String.join("; ", unobserved) + ".");
        }
        star.filter(story -> answered && !story.missing().isEmpty()).ifPresent(story -> parts.add(
                "Tell your example as a story with its " + String.join(", ", story.missing())
                        + " (the STAR method: situation, task, action, result)."));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    private static double mean(List<QuestionResult> questions) {
        return questions.stream().mapToDouble(QuestionResult::score).average().orElse(0);
    }
}
