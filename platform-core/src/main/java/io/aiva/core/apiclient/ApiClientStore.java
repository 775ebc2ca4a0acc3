package io.aiva.core.apiclient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.aiva.core.audit.AuditTrail;
import io.aiva.core.tenancy.TenantData;

/** The api_client rows, each change committed with its audit event. */
@ApplicationScoped
public class ApiClientStore {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<ApiClient> all() {
        return data.forCurrentTenant().createQuery("SELECT c FROM ApiClient c ORDER BY c.createdAt, c.id", ApiClient.class)
                .getResultList();
    }

    @Transactional
    public Optional<ApiClient> find(UUID id) {
        return Optional.ofNullable(data.forCurrentTenant().find(ApiClient.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(UUID tenantId, ApiClient client) {
        data.forTenant(tenantId).persist(client);
        audit.record(tenantId, AuditTrail.API_CLIENT_CREATED, client.clientId(), client.name());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ApiClient secretRotated(UUID tenantId, UUID id, Instant at) {
        ApiClient client = data.forTenant(tenantId).find(ApiClient.class, id);
        client.secretRotated(at);
        audit.record(tenantId, AuditTrail.API_CLIENT_SECRET_ROTATED, client.clientId(), null);
        return client;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(UUID tenantId, UUID id) {
        ApiClient client = data.forTenant(tenantId).find(ApiClient.class, id);
        data.forTenant(tenantId).remove(client);
        audit.record(tenantId, AuditTrail.API_CLIENT_REVOKED, client.clientId(), client.name());
    }

    /** Whether the company still has this client: a revoked one's live tokens are refused by this. */
    @Transactional
    public boolean active(UUID tenantId, String clientId) {
        return !data.forTenant(tenantId)
                .createQuery("SELECT c.id FROM ApiClient c WHERE c.clientId = :clientId", UUID.class)
                .setParameter("clientId", clientId).setMaxResults(1).getResultList().isEmpty();
    }
}
