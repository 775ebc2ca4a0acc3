package io.aiva.core.tenancy;

import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.persistence.config.QueryHints;

/**
 * The only way to tenant-owned rows: the entity manager of the current transaction, bound to one
 * tenant by both guards. EclipseLink adds the tenant to every query and insert of a
 * {@code @Multitenant} entity; PostgreSQL's row-level security, told the tenant with a
 * transaction-local setting, refuses every other row even to a query EclipseLink did not write.
 * The setting is transaction-local so a pooled connection never carries one request's tenant into
 * the next.
 */
@ApplicationScoped
public class TenantData {

    /** The EclipseLink context property named by every tenant-owned entity's discriminator column. */
    public static final String TENANT_PROPERTY = "aiva.tenant-id";
    private static final Object BOUND_TENANT = TenantData.class.getName() + ".tenant";
    private static final String PLATFORM_OPERATION = "platform operation";

    @PersistenceContext(unitName = "aiva")
    EntityManager entityManager;

    @Inject
    CurrentTenant currentTenant;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** For the tenant the request acts for; a request without one has no tenant data at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EntityManager forCurrentTenant() {
        return forTenant(currentTenant.id().orElseThrow(() -> new NoTenantException()));
    }

    /**
     * For a tenant named explicitly, as a platform operation about one company does (its audit
     * trail, for instance). Once bound, a transaction stays with its tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EntityManager forTenant(UUID tenantId) {
        Object bound = transaction.getResource(BOUND_TENANT);
        if (bound == null) {
            entityManager.setProperty(TENANT_PROPERTY, tenantId.toString());
            // EclipseLink refuses native SQL once a unit has multitenant entities, so that no query
            // slips past the discriminator; this one statement is the other guard, and is let through.
            entityManager.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, tenantId.toString())
                    .getSingleResult();
            transaction.putResource(BOUND_TENANT, tenantId);
        } else if (!bound.equals(tenantId)) {
            throw new IllegalStateException("this transaction already acts for another tenant or for the platform");
        }
        return entityManager;
    }

    /**
     * For the few rows a platform operator owns that belong to no tenant (the idempotency keys of
     * tenant onboarding, for instance): they carry no tenant and only a transaction that declared
     * itself a platform operation sees them. It sees no tenant's rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EntityManager forPlatformOperation() {
        Object bound = transaction.getResource(BOUND_TENANT);
        if (bound == null) {
            entityManager.createNativeQuery("SELECT set_config('app.platform_operation', 'on', true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .getSingleResult();
            transaction.putResource(BOUND_TENANT, PLATFORM_OPERATION);
        } else if (!bound.equals(PLATFORM_OPERATION)) {
            throw new IllegalStateException("this transaction already acts for a tenant");
        }
        return entityManager;
    }
}
