package io.aiva.core.scorecard;

import java.time.Instant;

/** A review as it was recorded: what was decided, by whom, when. */
public record RecordedReview(ScorecardReview review, String reviewerId, String reviewerName, Instant reviewedAt) {
}
