package io.aiva.core.greenhouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentStatus;
import io.aiva.core.scorecard.Scorecard;
import io.aiva.core.scorecard.ScorecardDetails;

/**
 * An interview as Greenhouse reads it: {@code complete} with a score and a link once the scorecard
 * is ready; before that, what the interview is doing (values Greenhouse shows as they are). No
 * answers, transcripts or evidence leave AIVA this way: those stay behind the link.
 */
final class GreenhouseStatus {

    static final String SCORING = "scoring";
    static final String NOTE = "AI-generated recommendation; a person decides";

    private GreenhouseStatus() {
    }

    static TestStatus of(Assignment assignment, Optional<Scorecard> scorecard, String profileUrl) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("AIVA template", assignment.templateName());
        metadata.put("Language", assignment.plan().language());
        assignment.startedAt().ifPresent(at -> metadata.put("Started at", at.toString()));
        if (assignment.status() == AssignmentStatus.COMPLETED) {
            assignment.endedAt().map(Instant::toString).ifPresent(at -> metadata.put("Completed at", at));
        }
        if (assignment.status() != AssignmentStatus.COMPLETED) {
            return new TestStatus(assignment.status().name().toLowerCase(Locale.ROOT), null, null, metadata);
        }
        if (scorecard.isEmpty()) {
            return new TestStatus(SCORING, null, null, metadata);
        }
        Scorecard ready = scorecard.get();
        metadata.put("Score scale", "0-100");
        metadata.put("Recommendation", ready.recommendation());
        ready.review().ifPresent(review -> metadata.put("Reviewed decision", review.review().decision().name().toLowerCase(Locale.ROOT)));
        ready.details().map(ScorecardDetails::competencies).ifPresent(competencies -> competencies
                .forEach(competency -> metadata.put("Competency: " + competency.competency(), partnerScore(competency.score()))));
        ready.details().ifPresent(details -> metadata.put("Integrity signals", details.integritySignals().size()));
        metadata.put("Note", NOTE);
        return new TestStatus(TestStatus.COMPLETE, profileUrl, score(ready), metadata);
    }

    /** The score Greenhouse filters by: the reviewer's when they changed scores, else the analysis's. */
    static int score(Scorecard scorecard) {
        return partnerScore(scorecard.reviewedOverallScore().orElse(scorecard.overallScore()));
    }

    /** A 0..1 score as the whole number 0..100 Greenhouse shows, half rounded up. */
    static int partnerScore(double score) {
        return BigDecimal.valueOf(score).multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
