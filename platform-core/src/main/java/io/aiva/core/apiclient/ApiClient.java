package io.aiva.core.apiclient;

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

/** A company's system allowed to call the API: a confidential Keycloak client with a service account. */
@Entity
@Table(name = "api_client")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class ApiClient {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "keycloak_id", nullable = false, updatable = false)
    private String keycloakId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "secret_rotated_at")
    private OffsetDateTime secretRotatedAt;

    protected ApiClient() {
    }

    ApiClient(UUID id, String name, String clientId, String keycloakId, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.clientId = clientId;
        this.keycloakId = keycloakId;
        this.createdAt = StoredTime.of(createdAt);
    }

    void secretRotated(Instant at) {
        secretRotatedAt = StoredTime.of(at);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The {@code client_id} its tokens carry as {@code azp}. */
    public String clientId() {
        return clientId;
    }

    String keycloakId() {
        return keycloakId;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Optional<Instant> secretRotatedAt() {
        return Optional.ofNullable(secretRotatedAt).map(OffsetDateTime::toInstant);
    }
}
