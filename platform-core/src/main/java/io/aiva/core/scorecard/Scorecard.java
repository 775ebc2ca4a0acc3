package io.aiva.core.scorecard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

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

    @Column(name = "scored_at", nullable = false)
    private OffsetDateTime scoredAt;

    protected Scorecard() {
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

    public Instant scoredAt() {
        return scoredAt.toInstant();
    }
}
