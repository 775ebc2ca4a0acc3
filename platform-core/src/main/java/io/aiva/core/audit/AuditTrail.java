package io.aiva.core.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.aiva.core.tenancy.TenantData;

/**
 * A company's audit trail. An event is written in the transaction of the change it records, so the
 * two are committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String TENANT_CREATED = "tenant.created";
    public static final String TENANT_SUSPENDED = "tenant.suspended";
    public static final String TENANT_REACTIVATED = "tenant.reactivated";
    public static final String USER_INVITED = "user.invited";
    public static final String USER_ROLE_CHANGED = "user.role_changed";
    public static final String USER_REMOVED = "user.removed";
    public static final String API_CLIENT_CREATED = "api_client.created";
    public static final String API_CLIENT_SECRET_ROTATED = "api_client.secret_rotated";
    public static final String API_CLIENT_REVOKED = "api_client.revoked";
    public static final String INTEGRATION_KEY_CREATED = "integration_key.created";
    public static final String INTEGRATION_KEY_REVOKED = "integration_key.revoked";
    public static final String GREENHOUSE_SETTINGS_CHANGED = "greenhouse.settings_changed";
    public static final String ACCESS_REFUSED = "access.refused";
    public static final String SCORECARD_REVIEWED = "scorecard.reviewed";

    @Inject
    TenantData data;

    @Inject
    CurrentActor actor;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID tenantId, String action, String subject, String detail) {
        data.forTenant(tenantId).persist(new AuditEvent(clock.instant(), actor.get(), action, subject, detail, null));
    }

    /** For a change made outside the database (in Keycloak): the event is committed on its own, right after it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOnItsOwn(UUID tenantId, String action, String subject, String detail) {
        record(tenantId, action, subject, detail);
    }

    /**
     * Records an event a caller can repeat at will, such as a refused token retried, once per
     * {@code dedupeKey}, so retries cannot flood the trail. A concurrent duplicate is refused by the
     * database's unique index and surfaces as an exception the caller may ignore.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOnce(UUID tenantId, String action, String subject, String detail, String dedupeKey) {
        var entityManager = data.forTenant(tenantId);
        boolean recorded = !entityManager.createQuery("SELECT e.id FROM AuditEvent e WHERE e.dedupeKey = :key", UUID.class)
                .setParameter("key", dedupeKey).setMaxResults(1).getResultList().isEmpty();
        if (!recorded) {
            entityManager.persist(new AuditEvent(clock.instant(), actor.get(), action, subject, detail, dedupeKey));
        }
    }

    /**
     * Up to {@code limit} events of the current tenant, newest first, older than the event
     * {@code before} (an id from a previous page) when given.
     *
     * @throws IllegalArgumentException when {@code before} is no event of this tenant
     */
    @Transactional
    public List<AuditEvent> page(UUID before, int limit) {
        var entityManager = data.forCurrentTenant();
        if (before == null) {
            return entityManager.createQuery("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC",
                    AuditEvent.class).setMaxResults(limit).getResultList();
        }
        AuditEvent after = entityManager.find(AuditEvent.class, before);
        if (after == null) {
            throw new IllegalArgumentException("no event of this company has the id " + before);
        }
        return entityManager.createQuery("SELECT e FROM AuditEvent e WHERE e.occurredAt < :at"
                        + " OR (e.occurredAt = :at AND e.id < :id) ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("at", OffsetDateTime.ofInstant(after.occurredAt(), ZoneOffset.UTC))
                .setParameter("id", after.id())
                .setMaxResults(limit)
                .getResultList();
    }
}
