package io.aiva.core.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.fasterxml.jackson.core.type.TypeReference;

import io.aiva.core.StoredJson;
import io.aiva.core.StoredTime;
import io.aiva.core.secret.SealedColumn;
import io.aiva.core.tenancy.TenantData;

/** A URL of a company's where its events are delivered, with the secret that signs them. */
@Entity
@Table(name = "webhook_endpoint")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class WebhookEndpoint {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String url;

    private String description;

    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private String secret;

    @Convert(converter = SealedColumn.class)
    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private OffsetDateTime previousSecretUntil;

    @Column(name = "secret_rotated_at")
    private OffsetDateTime secretRotatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(UUID id, EndpointSettings settings, String secret, Instant now) {
        this.id = id;
        this.secret = secret;
        this.createdAt = StoredTime.of(now);
        apply(settings, now);
    }

    void apply(EndpointSettings settings, Instant now) {
        url = settings.url();
        description = settings.description();
        eventTypes = StoredJson.write(settings.eventTypes());
        if (settings.enabled() && !enabled) {
            disabledReason = null;
        } else if (!settings.enabled() && enabled) {
            disabledReason = "Disabled by your company.";
        }
        enabled = settings.enabled();
        updatedAt = StoredTime.of(now);
    }

    void disable(String reason, Instant now) {
        enabled = false;
        disabledReason = reason;
        updatedAt = StoredTime.of(now);
    }

    void rotate(String newSecret, Instant now, Instant previousUntil) {
        previousSecret = secret;
        previousSecretUntil = StoredTime.of(previousUntil);
        secret = newSecret;
        secretRotatedAt = StoredTime.of(now);
        updatedAt = StoredTime.of(now);
    }

    /** Whether an event of this type goes to an endpoint with these stored types (an endpoint without types takes every type). */
    static boolean takes(String storedEventTypes, String eventType) {
        List<String> types = eventTypes(storedEventTypes);
        return types.isEmpty() || types.contains(eventType);
    }

    /** The secrets a message is signed with at {@code now}: the current one, and the previous one while it lasts. */
    List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil.toInstant())) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    public UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Empty for every type. */
    public List<String> eventTypes() {
        return eventTypes(eventTypes);
    }

    private static List<String> eventTypes(String stored) {
        return StoredJson.read(stored, new TypeReference<List<String>>() { });
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public Optional<Instant> secretRotatedAt() {
        return Optional.ofNullable(secretRotatedAt).map(OffsetDateTime::toInstant);
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
