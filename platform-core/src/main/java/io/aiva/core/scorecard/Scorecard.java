package io.aiva.core.scorecard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.fasterxml.jackson.core.type.TypeReference;

import io.aiva.core.StoredJson;
import io.aiva.core.StoredTime;
import io.aiva.core.analysis.InterviewAssessment;
import io.aiva.core.tenancy.TenantData;

/** The analysis's conclusion about one completed interview: a recommendation a person reviews. */
@Entity
@Table(name = "scorecard")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class Scorecard {

    @Id
    private UUID id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private UUID assignmentId;

    @Column(name = "overall_score", nullable = false)
    private double overallScore;

    @Column(nullable = false)
    private String recommendation;

    @Column(nullable = false)
    private String provider;

    private String model;

    private String method;

    private String details;

    @Column(name = "scored_at", nullable = false)
    private OffsetDateTime scoredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_decision")
    private ReviewDecision reviewDecision;

    @Column(name = "review_notes")
    private String reviewNotes;

    @Column(name = "review_overrides")
    private String reviewOverrides;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_by_name")
    private String reviewedByName;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Version
    private long version;

    protected Scorecard() {
    }

    Scorecard(UUID id, UUID assignmentId, InterviewAssessment assessment, Instant now) {
        this.id = id;
        this.assignmentId = assignmentId;
        this.overallScore = assessment.overallScore();
        this.recommendation = assessment.recommendation();
        this.provider = assessment.provider();
        this.model = assessment.model().orElse(null);
        this.method = assessment.method();
        this.details = StoredJson.write(ScorecardDetails.of(assessment));
        this.scoredAt = StoredTime.of(now);
    }

    public UUID assignmentId() {
        return assignmentId;
    }

    /** 0 to 1. */
    public double overallScore() {
        return overallScore;
    }

    public String recommendation() {
        return recommendation;
    }

    public String provider() {
        return provider;
    }

    public String model() {
        return model;
    }

    void review(ScorecardReview review, String reviewerId, String reviewerName, Instant now) {
        reviewDecision = review.decision();
        reviewNotes = review.notes();
        reviewOverrides = StoredJson.write(review.overrides());
        reviewedBy = reviewerId;
        reviewedByName = reviewerName;
        reviewedAt = StoredTime.of(now);
    }

    /** The person's review, once there is one. */
    public Optional<RecordedReview> review() {
        if (reviewDecision == null) {
            return Optional.empty();
        }
        List<ScorecardReview.ScoreOverride> overrides = reviewOverrides == null ? List.of()
                : StoredJson.read(reviewOverrides, new TypeReference<List<ScorecardReview.ScoreOverride>>() { });
        return Optional.of(new RecordedReview(new ScorecardReview(reviewDecision, reviewNotes, overrides), reviewedBy,
                reviewedByName, reviewedAt.toInstant()));
    }

    /** The mean of the question scores with the reviewer's changes applied; empty without a review that changed one. */
    public OptionalDouble reviewedOverallScore() {
        Optional<RecordedReview> review = review().filter(recorded -> !recorded.review().overrides().isEmpty());
        Optional<ScorecardDetails> found = details();
        if (review.isEmpty() || found.isEmpty() || found.get().questions().isEmpty()) {
            return OptionalDouble.empty();
        }
        Map<Integer, Double> changed = review.get().review().overrides().stream()
                .collect(Collectors.toMap(ScorecardReview.ScoreOverride::ordinal, ScorecardReview.ScoreOverride::score));
        return found.get().questions().stream()
                .mapToDouble(question -> changed.getOrDefault(question.ordinal(), question.score())).average();
    }

    public long version() {
        return version;
    }

    /** How the scores were computed, in words; empty for scorecards written before it was kept. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** Per competency and per question, with the evidence; empty for scorecards written before it was kept. */
    public Optional<ScorecardDetails> details() {
        return Optional.ofNullable(details).map(json -> StoredJson.read(json, new TypeReference<ScorecardDetails>() { }));
    }

    public Instant scoredAt() {
        return scoredAt.toInstant();
    }
}
