package io.aiva.core.greenhouse;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.aiva.core.RuleViolationException;
import io.aiva.core.audit.AuditTrail;
import io.aiva.core.audit.CurrentActor;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.Tenant;
import io.aiva.core.tenancy.TenantData;
import io.aiva.core.tenancy.TenantStatus;
import io.aiva.core.tenancy.Tenants;

/**
 * A company's Greenhouse integration keys: at most {@link #ACTIVE_LIMIT} active at once, so that a
 * key can be replaced without downtime (Greenhouse changes its key only through a support ticket).
 */
@ApplicationScoped
public class IntegrationKeys {

    static final int ACTIVE_LIMIT = 2;

    @Inject
    TenantData data;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    private final Clock clock = Clock.systemUTC();

    /** @throws RuleViolationException when the company already has two active keys */
    @Transactional
    public IssuedIntegrationKey issue(String name) {
        EntityManager entityManager = data.forCurrentTenant();
        UUID tenantId = currentTenant.id().orElseThrow();
        // One company's key changes one at a time, so that two concurrent creations cannot both pass the limit.
        entityManager.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        long active = all().stream().filter(IntegrationKey::active).count();
        if (active >= ACTIVE_LIMIT) {
            throw new RuleViolationException("Your company already has " + ACTIVE_LIMIT
                    + " active Greenhouse keys; revoke the one Greenhouse no longer uses first.");
        }
        UUID id = UUID.randomUUID();
        String apiKey = IntegrationKeyFormat.newKey(tenantId, id);
        IntegrationKey key = new IntegrationKey(id, name, IntegrationKeyFormat.hash(IntegrationKeyFormat.parse(apiKey)
                .orElseThrow().secret()), IntegrationKeyFormat.hint(apiKey), actor.get().name(), clock.instant());
        entityManager.persist(key);
        audit.record(tenantId, AuditTrail.INTEGRATION_KEY_CREATED, name, "Greenhouse key " + key.hint());
        return new IssuedIntegrationKey(key, apiKey);
    }

    /** Newest first, revoked ones included. */
    @Transactional
    public List<IntegrationKey> all() {
        return data.forCurrentTenant().createQuery("SELECT k FROM IntegrationKey k WHERE k.provider = :provider"
                + " ORDER BY k.createdAt DESC, k.id DESC", IntegrationKey.class)
                .setParameter("provider", IntegrationKey.GREENHOUSE).getResultList();
    }

    /** @return false when the company has no such key */
    @Transactional
    public boolean revoke(UUID id) {
        IntegrationKey key = data.forCurrentTenant().find(IntegrationKey.class, id);
        if (key == null) {
            return false;
        }
        if (key.active()) {
            key.revoke(clock.instant());
            audit.record(currentTenant.id().orElseThrow(), AuditTrail.INTEGRATION_KEY_REVOKED, key.name(),
                    "Greenhouse key " + key.hint());
        }
        return true;
    }

    /**
     * Whom the key speaks for, when it is an active key of an active company; empty for anything
     * else, whatever the reason, so that a caller cannot learn which keys or companies exist.
     */
    @Transactional
    public Optional<KeyHolder> authenticate(String apiKey) {
        Optional<IntegrationKeyFormat.ParsedKey> parsed = IntegrationKeyFormat.parse(apiKey);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        UUID tenantId = parsed.get().tenantId();
        if (tenants.find(tenantId).filter(tenant -> tenant.status() == TenantStatus.ACTIVE).isEmpty()) {
            return Optional.empty();
        }
        IntegrationKey key = data.forTenant(tenantId).find(IntegrationKey.class, parsed.get().keyId());
        if (key == null || !key.active() || !IntegrationKeyFormat.matches(parsed.get().secret(), key.secretHash())) {
            return Optional.empty();
        }
        key.usedAt(clock.instant());
        return Optional.of(new KeyHolder(tenantId, key.id(), key.name()));
    }
}
