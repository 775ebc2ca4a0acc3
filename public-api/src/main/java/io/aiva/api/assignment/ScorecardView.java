package io.aiva.api.assignment;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalDouble;

import io.aiva.api.v1.model.CodeTestOutcome;
import io.aiva.api.v1.model.CodeTestResults;
import io.aiva.api.v1.model.CommunicationMetrics;
import io.aiva.api.v1.model.CompetencyScore;
import io.aiva.api.v1.model.CriterionScore;
import io.aiva.api.v1.model.IntegritySignal;
import io.aiva.api.v1.model.QuestionScore;
import io.aiva.api.v1.model.QuestionType;
import io.aiva.api.v1.model.ReviewDecision;
import io.aiva.api.v1.model.ScoreOverride;
import io.aiva.api.v1.model.Scorecard;
import io.aiva.api.v1.model.ScorecardStatus;
import io.aiva.api.v1.model.StarAssessment;
import io.aiva.core.scorecard.ScorecardDetails;
import io.aiva.core.scorecard.Scorecards;

/** A scorecard as the API shows it: pending, or ready with its scores and the evidence for them. */
final class ScorecardView {

    private ScorecardView() {
    }

    static Scorecard of(Scorecards.Reading reading) {
        Scorecard view = new Scorecard().assignmentId(reading.assignmentId()).status(ScorecardStatus.PENDING);
        reading.scorecard().ifPresent(scored -> {
            view.status(ScorecardStatus.READY).overallScore(scored.overallScore())
                    .recommendation(scored.recommendation()).provider(scored.provider()).model(scored.model())
                    .method(scored.method().orElse(null))
                    .scoredAt(scored.scoredAt().atOffset(ZoneOffset.UTC));
            scored.details().ifPresent(details -> view
                    .competencies(details.competencies().stream().map(ScorecardView::competency).toList())
                    .questions(details.questions().stream().map(ScorecardView::question).toList())
                    .integritySignals(details.integritySignals().stream().map(ScorecardView::integrity).toList()));
            OptionalDouble reviewedOverall = scored.reviewedOverallScore();
            scored.review().ifPresent(review -> view.review(new io.aiva.api.v1.model.ScorecardReview()
                    .decision(ReviewDecision.fromValue(review.review().decision().name().toLowerCase(Locale.ROOT)))
                    .notes(review.review().notes())
                    .overrides(review.review().overrides().stream().map(change -> new ScoreOverride().ordinal(change.ordinal())
                            .score(change.score()).reason(change.reason())).toList())
                    .reviewedOverallScore(reviewedOverall.isPresent() ? reviewedOverall.getAsDouble() : null)
                    .reviewedBy(review.reviewerName() == null ? review.reviewerId() : review.reviewerName())
                    .reviewedAt(review.reviewedAt().atOffset(ZoneOffset.UTC))));
        });
        return view;
    }

    private static CompetencyScore competency(ScorecardDetails.Competency competency) {
        return new CompetencyScore().competency(competency.competency()).score(competency.score()).questions(competency.questions());
    }

    private static QuestionScore question(ScorecardDetails.Question question) {
        return new QuestionScore().ordinal(question.ordinal()).title(question.title()).type(QuestionType.fromValue(question.type()))
                .competency(question.competency()).answered(question.answered()).score(question.score())
                .referenceCoverage(question.referenceCoverage())
                .criteria(question.criteria().stream().map(ScorecardView::criterion).toList())
                .star(question.star() == null ? null : star(question.star()))
                .communication(question.communication() == null ? null : communication(question.communication()))
                .codeTests(question.codeTests() == null ? null : codeTests(question.codeTests()))
                .transcriptSource(question.transcriptSource() == null ? null
                        : QuestionScore.TranscriptSourceEnum.fromValue(question.transcriptSource()))
                .suggestion(question.suggestion()).note(question.note());
    }

    private static CodeTestResults codeTests(ScorecardDetails.CodeTests tests) {
        return new CodeTestResults().passed(tests.passed()).total(tests.total()).visiblePassed(tests.visiblePassed())
                .visibleTotal(tests.visibleTotal()).hiddenPassed(tests.hiddenPassed()).hiddenTotal(tests.hiddenTotal())
                .tests(tests.tests().stream().map(test -> new CodeTestOutcome().name(test.name()).hidden(test.hidden())
                        .passed(test.passed()).verdict(CodeTestOutcome.VerdictEnum.fromValue(test.verdict()))
                        .timeSeconds(test.timeSeconds()).memoryKb(test.memoryKb())).toList());
    }

    private static IntegritySignal integrity(ScorecardDetails.Integrity signal) {
        return new IntegritySignal().kind(signal.kind()).ordinal(signal.ordinal()).description(signal.description());
    }

    private static CriterionScore criterion(ScorecardDetails.Criterion criterion) {
        return new CriterionScore().criterion(criterion.criterion()).weight(criterion.weight()).score(criterion.score())
                .observed(criterion.observed()).evidence(criterion.evidence());
    }

    private static StarAssessment star(ScorecardDetails.Star star) {
        return new StarAssessment().completeness(star.completeness()).situation(star.situation()).task(star.task())
                .action(star.action()).result(star.result()).missing(star.missing());
    }

    private static CommunicationMetrics communication(ScorecardDetails.Communication communication) {
        return new CommunicationMetrics().words(communication.words()).wordsPerMinute(communication.wordsPerMinute())
                .fillersPer100Words(communication.fillersPer100Words()).vocabularyDiversity(communication.vocabularyDiversity())
                .pauseRatio(communication.pauseRatio());
    }
}
