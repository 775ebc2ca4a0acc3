package io.aiva.core.greenhouse;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** A key a company gave an ATS to call AIVA with; only a hash of its secret is kept. */
@Entity
@Table(name = "integration_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class IntegrationKey {

    static final String GREENHOUSE = "greenhouse";
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(nullable = false, updatable = false)
    private String hint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected IntegrationKey() {
    }

    IntegrationKey(UUID id, String name, String secretHash, String hint, String createdBy, Instant now) {
        this.id = id;
        this.provider = GREENHOUSE;
        this.name = name;
        this.secretHash = secretHash;
        this.hint = hint;
        this.createdBy = createdBy;
        this.createdAt = StoredTime.of(now);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The key's visible end, to tell keys apart ({@code ghk_…a1B2c3}). */
    public String hint() {
        return hint;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
    }

    boolean active() {
        return revokedAt == null;
    }

    String secretHash() {
        return secretHash;
    }

    void revoke(Instant now) {
        revokedAt = StoredTime.of(now);
    }

    /** Notes a use, at most once a minute, so that a busy ATS does not write on every call. */
    void usedAt(Instant now) {
        if (lastUsedAt == null || !lastUsedAt.toInstant().plus(LAST_USE_PRECISION).isAfter(now)) {
            lastUsedAt = StoredTime.of(now);
        }
    }
}
