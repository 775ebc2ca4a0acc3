package io.aiva.core.webhook;

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

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** One message for one endpoint, with the exact body every attempt sends. */
@Entity
@Table(name = "webhook_delivery")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class WebhookDelivery {

    @Id
    private UUID id;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private UUID endpointId;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private String webhookId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(name = "attempt_count", nullable = false)
    private int attemptCount;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(UUID id, UUID endpointId, Message message, Instant now) {
        this.id = id;
        this.endpointId = endpointId;
        this.webhookId = message.webhookId();
        this.eventType = message.type();
        this.payload = message.body();
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = StoredTime.of(now);
        this.createdAt = StoredTime.of(now);
    }

    void attempted(AttemptOutcome outcome, Optional<Instant> retryAt) {
        attemptCount++;
        if (outcome.succeeded()) {
            status = DeliveryStatus.DELIVERED;
            nextAttemptAt = null;
        } else if (retryAt.isPresent()) {
            nextAttemptAt = StoredTime.of(retryAt.get());
        } else {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        }
    }

    void replayAt(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = StoredTime.of(now);
    }

    void fail() {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
    }

    public UUID id() {
        return id;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public String webhookId() {
        return webhookId;
    }

    /** The event delivered, whose id the message carries as its {@code webhook-id}; empty for a test message. */
    public Optional<UUID> eventId() {
        return Message.TEST_TYPE.equals(eventType) ? Optional.empty() : Optional.of(UUID.fromString(webhookId));
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attemptCount() {
        return attemptCount;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt).map(OffsetDateTime::toInstant);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
