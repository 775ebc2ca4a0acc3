package io.aiva.core.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

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
import io.aiva.core.template.TemplatePlan;
import io.aiva.core.tenancy.TenantData;

/** A candidate's interview: the template's plan as assigned, the deadline, the current launch link. */
@Entity
@Table(name = "assignment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class Assignment {

    @Id
    private UUID id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @Column(name = "template_name", nullable = false, updatable = false)
    private String templateName;

    @Column(nullable = false, updatable = false)
    private String plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status;

    @Column(nullable = false)
    private OffsetDateTime deadline;

    @Column(name = "external_reference", updatable = false)
    private String externalReference;

    @Column(name = "launch_link_id", nullable = false)
    private UUID launchLinkId;

    @Column(name = "launch_link_expires_at", nullable = false)
    private OffsetDateTime launchLinkExpiresAt;

    @Column(name = "launch_link_used_at")
    private OffsetDateTime launchLinkUsedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(UUID id, UUID candidateId, UUID templateId, String templateName, TemplatePlan plan, Instant deadline,
            String externalReference, Instant now) {
        this.id = id;
        this.candidateId = candidateId;
        this.templateId = templateId;
        this.templateName = templateName;
        this.plan = StoredJson.write(plan);
        this.status = AssignmentStatus.INVITED;
        this.deadline = StoredTime.of(deadline);
        this.externalReference = externalReference;
        this.createdAt = StoredTime.of(now);
        this.updatedAt = this.createdAt;
    }

    /** Replaces the launch link: the one before stops working. */
    void newLaunchLink(UUID linkId, Instant expiresAt, Instant now) {
        launchLinkId = linkId;
        launchLinkExpiresAt = StoredTime.of(expiresAt);
        launchLinkUsedAt = null;
        updatedAt = StoredTime.of(now);
    }

    void launchLinkUsed(Instant now) {
        launchLinkUsedAt = StoredTime.of(now);
        updatedAt = StoredTime.of(now);
    }

    void started(Instant now) {
        status = AssignmentStatus.STARTED;
        startedAt = StoredTime.of(now);
        updatedAt = StoredTime.of(now);
    }

    void ended(AssignmentStatus end, String reason, Instant now) {
        status = end;
        cancelReason = reason;
        endedAt = StoredTime.of(now);
        updatedAt = StoredTime.of(now);
    }

    public UUID id() {
        return id;
    }

    public UUID candidateId() {
        return candidateId;
    }

    public UUID templateId() {
        return templateId;
    }

    public String templateName() {
        return templateName;
    }

    /** The template's plan as it was when the interview was assigned. */
    public TemplatePlan plan() {
        return StoredJson.read(plan, new TypeReference<TemplatePlan>() { });
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant deadline() {
        return deadline.toInstant();
    }

    public Optional<String> externalReference() {
        return Optional.ofNullable(externalReference);
    }

    UUID launchLinkId() {
        return launchLinkId;
    }

    Instant launchLinkExpiresAt() {
        return launchLinkExpiresAt.toInstant();
    }

    boolean launchLinkUsed() {
        return launchLinkUsedAt != null;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt).map(OffsetDateTime::toInstant);
    }

    /** When it was completed, expired or canceled. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
