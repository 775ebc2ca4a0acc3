package io.aiva.core.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The tenant table. */
@ApplicationScoped
public class Tenants {

    @PersistenceContext(unitName = "aiva")
    EntityManager entityManager;

    public Optional<Tenant> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Tenant.class, id));
    }

    /** The tenant whose members belong to this Keycloak organization. */
    public Optional<Tenant> findByOrganization(String organizationId) {
        return entityManager.createQuery("SELECT t FROM Tenant t WHERE t.organizationId = :organization", Tenant.class)
                .setParameter("organization", organizationId)
                .getResultStream().findFirst();
    }

    public boolean slugTaken(String slug) {
        return !entityManager.createQuery("SELECT t.id FROM Tenant t WHERE t.slug = :slug", UUID.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    /** Up to {@code limit} tenants in slug order, after {@code afterSlug} when given. */
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

    /** Stores a new tenant and commits before returning, so the caller knows it is durable. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Tenant tenant) {
        entityManager.persist(tenant);
    }
}
