package io.aiva.core.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import io.aiva.core.audit.AuditTrail;

/**
 * The tenant table. Reads run in a transaction of their own when the caller has none: a connection
 * used outside a transaction stays held by the request until it ends, so a request that read a
 * tenant and then opened a transaction would hold two connections, and enough concurrent ones would
 * wait on each other for the pool (PooledTenantIsolationIT caught exactly that).
 */
@ApplicationScoped
public class Tenants {

    @PersistenceContext(unitName = "aiva")
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentTenant currentTenant;

    @Transactional
    public Optional<Tenant> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Tenant.class, id));
    }

    /** The company the request acts for; a caller without one has no company to act on. */
    @Transactional
    public Tenant current() {
        return find(currentTenant.id().orElseThrow(NoTenantException::new)).orElseThrow(NoTenantException::new);
    }

    /** The tenant whose members belong to this Keycloak organization. */
    @Transactional
    public Optional<Tenant> findByOrganization(String organizationId) {
        return entityManager.createQuery("SELECT t FROM Tenant t WHERE t.organizationId = :organization", Tenant.class)
                .setParameter("organization", organizationId)
                .getResultStream().findFirst();
    }

    @Transactional
    public Optional<Tenant> findBySlug(String slug) {
        return entityManager.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Transactional
    public boolean slugTaken(String slug) {
        return !entityManager.createQuery("SELECT t.id FROM Tenant t WHERE t.slug = :slug", UUID.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every tenant's id, suspended ones included, for work done for each company. */
    @Transactional
    public List<UUID> allIds() {
        return entityManager.createQuery("SELECT t.id FROM Tenant t ORDER BY t.slug", UUID.class).getResultList();
    }

    /** The tenants whose question bank was last stocked with another library than {@code libraryDigest}, or never. */
    @Transactional
    public List<UUID> idsStockedWithOtherLibraryThan(String libraryDigest) {
        return entityManager.createQuery("SELECT t.id FROM Tenant t WHERE t.libraryDigest IS NULL"
                + " OR t.libraryDigest <> :digest ORDER BY t.slug", UUID.class)
                .setParameter("digest", libraryDigest).getResultList();
    }

    /** Records, in the caller's transaction, the library the tenant's bank now holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markLibraryStocked(UUID id, String libraryDigest) {
        entityManager.createQuery("UPDATE Tenant t SET t.libraryDigest = :digest WHERE t.id = :id")
                .setParameter("digest", libraryDigest).setParameter("id", id).executeUpdate();
    }

    /** Up to {@code limit} tenants in slug order, after {@code afterSlug} when given. */
    @Transactional
    public List<Tenant> page(String afterSlug, int limit) {
        if (afterSlug == null) {
            return entityManager.createQuery("SELECT t FROM Tenant t ORDER BY t.slug", Tenant.class)
                    .setMaxResults(limit).getResultList();
        }
        return entityManager.createQuery("SELECT t FROM Tenant t WHERE t.slug > :after ORDER BY t.slug", Tenant.class)
                .setParameter("after", afterSlug)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Stores a new tenant with the audit event of its creation, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Tenant tenant) {
        entityManager.persist(tenant);
        // The event refers to the row; written in one flush, EclipseLink might order them the other way.
        entityManager.flush();
        audit.record(tenant.id(), AuditTrail.TENANT_CREATED, tenant.slug(), null);
    }

    /**
     * Sets a tenant's status and records why, committed together; a tenant already in that status
     * is left as it is, unrecorded.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Tenant> changeStatus(UUID id, TenantStatus status, String reason) {
        Tenant tenant = entityManager.find(Tenant.class, id);
        if (tenant == null || tenant.status() == status) {
            return Optional.ofNullable(tenant);
        }
        tenant.changeStatus(status);
        entityManager.flush();
        audit.record(id, status == TenantStatus.SUSPENDED ? AuditTrail.TENANT_SUSPENDED : AuditTrail.TENANT_REACTIVATED,
                tenant.slug(), reason);
        return Optional.of(tenant);
    }
}
