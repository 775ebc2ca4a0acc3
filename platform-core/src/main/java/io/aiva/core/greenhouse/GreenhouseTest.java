package io.aiva.core.greenhouse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
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

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/**
 * A test Greenhouse sent: the assignment it became (whose id is Greenhouse's
 * {@code partner_interview_id}), Greenhouse's URL for this test instance, and how telling
 * Greenhouse of its completion went.
 */
@Entity
@Table(name = "greenhouse_test")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class GreenhouseTest {

    private static final int ERROR_LENGTH = 500;

    @Id
    @Column(name = "assignment_id")
    private UUID assignmentId;

    @Column(name = "callback_url", nullable = false, updatable = false)
    private String callbackUrl;

    @Column(name = "person_id", updatable = false)
    private String personId;

    @Column(name = "application_id", updatable = false)
    private String applicationId;

    @Column(name = "profile_url", nullable = false, updatable = false)
    private String profileUrl;

    @Column(name = "integration_key_id", nullable = false, updatable = false)
    private UUID integrationKeyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "callback_status", nullable = false)
    private CallbackStatus callbackStatus;

    @Column(name = "callback_attempts", nullable = false)
    private int callbackAttempts;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "reported_score")
    private Integer reportedScore;

    @Version
    private long version;

    protected GreenhouseTest() {
    }

    GreenhouseTest(UUID assignmentId, SentTest sent, UUID integrationKeyId, Instant now) {
        this.assignmentId = assignmentId;
        this.callbackUrl = sent.url();
        this.personId = sent.personId().orElse(null);
        this.applicationId = sent.applicationId().orElse(null);
        this.profileUrl = sent.profileUrl();
        this.integrationKeyId = integrationKeyId;
        this.createdAt = StoredTime.of(now);
        this.callbackStatus = CallbackStatus.WAITING;
    }

    public UUID assignmentId() {
        return assignmentId;
    }

    String callbackUrl() {
        return callbackUrl;
    }

    public CallbackStatus callbackStatus() {
        return callbackStatus;
    }

    public int callbackAttempts() {
        return callbackAttempts;
    }

    public OptionalInt lastStatusCode() {
        return lastStatusCode == null ? OptionalInt.empty() : OptionalInt.of(lastStatusCode);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public OptionalInt reportedScore() {
        return reportedScore == null ? OptionalInt.empty() : OptionalInt.of(reportedScore);
    }

    void callbackDue() {
        callbackStatus = CallbackStatus.PENDING;
    }

    void credentialMissing() {
        callbackStatus = CallbackStatus.CREDENTIAL_MISSING;
    }

    void delivered(int statusCode, int score, Instant at) {
        attempted(statusCode, null, at);
        callbackStatus = CallbackStatus.DELIVERED;
        deliveredAt = StoredTime.of(at);
        reportedScore = score;
    }

    void refused(Integer statusCode, String error, Instant at) {
        attempted(statusCode, error, at);
        callbackStatus = CallbackStatus.REFUSED;
    }

    /** A failed attempt that may be made again; after the last of the schedule, the callback has failed. */
    void failed(Integer statusCode, String error, Instant at, int attemptLimit) {
        attempted(statusCode, error, at);
        callbackStatus = callbackAttempts >= attemptLimit ? CallbackStatus.FAILED : CallbackStatus.PENDING;
    }

    private void attempted(Integer statusCode, String error, Instant at) {
        callbackAttempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        lastAttemptAt = StoredTime.of(at);
    }
}
