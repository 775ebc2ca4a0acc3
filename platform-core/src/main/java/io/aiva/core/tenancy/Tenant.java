package io.aiva.core.tenancy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company using AIVA. The tenant table is the platform's own, not a tenant-owned one: it is what
 * tenant-owned rows point to, and the platform reads it to learn which tenant a token belongs to.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "organization_id", nullable = false, unique = true, updatable = false)
    private String organizationId;

    /** JPA 3.1 maps OffsetDateTime to timestamptz natively; Instant only arrives with JPA 3.2. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(UUID id, String slug, String name, String organizationId, Instant createdAt) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.organizationId = organizationId;
        // PostgreSQL keeps microseconds; truncating here makes the returned record equal the stored one.
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.status = TenantStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    void changeStatus(TenantStatus newStatus) {
        status = newStatus;
    }

    /** The Keycloak organization whose members act for this tenant. */
    public String organizationId() {
        return organizationId;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
