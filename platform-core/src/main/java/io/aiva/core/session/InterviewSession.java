package io.aiva.core.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/**
 * A candidate's interview in progress: one per assignment. Only a hash of its session token is kept;
 * opening a newer launch link gives it a new token and retires the old one.
 */
@Entity
@Table(name = "interview_session")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class InterviewSession {

    @Id
    private UUID id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private UUID assignmentId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "notice_version")
    private String noticeVersion;

    @Column(name = "consented_at")
    private OffsetDateTime consentedAt;

    @Column(name = "recording_consent")
    private Boolean recordingConsent;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected InterviewSession() {
    }

    InterviewSession(UUID id, UUID assignmentId, String tokenHash, Instant now) {
        this.id = id;
        this.assignmentId = assignmentId;
        this.tokenHash = tokenHash;
        this.createdAt = StoredTime.of(now);
    }

    void newToken(String hash) {
        tokenHash = hash;
    }

    void consented(String notice, boolean recording, Instant now) {
        noticeVersion = notice;
        recordingConsent = recording;
        consentedAt = StoredTime.of(now);
    }

    void firstQuestionAsked(Instant now) {
        if (startedAt == null) {
            startedAt = StoredTime.of(now);
        }
    }

    void completed(Instant now) {
        completedAt = StoredTime.of(now);
    }

    public UUID id() {
        return id;
    }

    public UUID assignmentId() {
        return assignmentId;
    }

    String tokenHash() {
        return tokenHash;
    }

    public boolean consented() {
        return consentedAt != null;
    }

    public Optional<String> noticeVersion() {
        return Optional.ofNullable(noticeVersion);
    }

    public Optional<Instant> consentedAt() {
        return Optional.ofNullable(consentedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Boolean> recordingConsent() {
        return Optional.ofNullable(recordingConsent);
    }

    /** When the first question was asked: the interview's time runs from here. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt).map(OffsetDateTime::toInstant);
    }
}
