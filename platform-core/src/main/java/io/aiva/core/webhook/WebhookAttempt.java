package io.aiva.core.webhook;

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

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** One try at delivering a message, kept so that a company sees what its endpoint answered. */
@Entity
@Table(name = "webhook_attempt")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class WebhookAttempt {

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID deliveryId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private OffsetDateTime attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttemptTrigger trigger;

    @Column(name = "status_code", updatable = false)
    private Integer statusCode;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(updatable = false)
    private String error;

    @Column(name = "response_body", updatable = false)
    private String responseBody;

    protected WebhookAttempt() {
    }

    WebhookAttempt(UUID id, UUID deliveryId, int number, AttemptTrigger trigger, AttemptOutcome outcome) {
        this.id = id;
        this.deliveryId = deliveryId;
        this.number = number;
        this.attemptedAt = StoredTime.of(outcome.startedAt());
        this.trigger = trigger;
        this.statusCode = outcome.statusCode().isPresent() ? outcome.statusCode().getAsInt() : null;
        this.durationMs = outcome.duration().toMillis();
        this.error = outcome.error().orElse(null);
        this.responseBody = outcome.responseBody().orElse(null);
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    /** 1 for the delivery's first attempt, and so on. */
    public int number() {
        return number;
    }

    public Instant attemptedAt() {
        return attemptedAt.toInstant();
    }

    public AttemptTrigger trigger() {
        return trigger;
    }

    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    public long durationMs() {
        return durationMs;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Optional<String> responseBody() {
        return Optional.ofNullable(responseBody);
    }
}
