package io.aiva.core.tenancy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.aiva.core.StoredTime;

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Written by {@link Tenants#markLibraryStocked}, read in queries only. */
    @Column(name = "library_digest")
    private String libraryDigest;

    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(UUID id, String slug, String name, String organizationId, Instant createdAt) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.organizationId = organizationId;
        this.createdAt = StoredTime.of(createdAt);
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
