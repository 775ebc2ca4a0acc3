package io.aiva.core.scorecard;

import java.util.List;

/**
 * A person's review of a scorecard: their decision, their notes, and the question scores they
 * changed, each with the reason. The analysis's own scores and recommendation are kept beside it.
 */
public record ScorecardReview(ReviewDecision decision, String notes, List<ScoreOverride> overrides) {

    public ScorecardReview {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A question's score as the reviewer sets it, and why. */
    public record ScoreOverride(int ordinal, double score, String reason) {
    }
}
