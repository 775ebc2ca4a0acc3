package io.aiva.core.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.persistence.config.QueryHints;

import io.aiva.core.tenancy.TenantData;

/**
 * The idempotent_request rows. Written in SQL because a claim is one atomic
 * {@code INSERT ... ON CONFLICT}; each statement names the tenant (or the platform) itself as well as
 * row-level security checking it, the same two guards the mapped entities have.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key's answer is kept: the contract promises at least a day. */
    static final String KEPT_FOR = "25 hours";
    /** How long a running request holds its key before a retry may take it over (it crashed). */
    static final String LEASE = "60 seconds";
    private static final String SCOPE = "COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)";
    private static final UUID PLATFORM = new UUID(0, 0);

    @Inject
    TenantData data;

    /** Takes the key for this request, or says why not; committed at once so a retry sees it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(IdempotencyScope scope, String key, String fingerprint) {
        EntityManager entityManager = bind(scope);
        UUID id = UUID.randomUUID();
        List<?> inserted = sql(entityManager, "INSERT INTO idempotent_request (id, tenant_id, caller, idempotency_key,"
                + " fingerprint, state, lease_until, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, 'in_flight', now() + interval '"
                + LEASE + "', now() + interval '" + KEPT_FOR + "') ON CONFLICT ((" + SCOPE
                + "), caller, idempotency_key) DO NOTHING RETURNING id")
                .setParameter(1, id).setParameter(2, scope.tenantId().orElse(null)).setParameter(3, scope.caller())
                .setParameter(4, key).setParameter(5, fingerprint).getResultList();
        if (!inserted.isEmpty()) {
            return new Claim.Granted(id);
        }
        Object[] existing = (Object[]) sql(entityManager, "SELECT id, fingerprint, state, lease_until < now(), expires_at < now(),"
                + " response_status, response_location, response_etag, response_body FROM idempotent_request"
                + " WHERE " + SCOPE + " = ?1 AND caller = ?2 AND idempotency_key = ?3 FOR UPDATE")
                .setParameter(1, scope.tenantId().orElse(PLATFORM)).setParameter(2, scope.caller()).setParameter(3, key)
                .getSingleResult();
        UUID existingId = (UUID) existing[0];
        boolean sameRequest = fingerprint.equals(existing[1]);
        boolean completed = "completed".equals(existing[2]);
        boolean leaseOver = (Boolean) existing[3];
        boolean expired = (Boolean) existing[4];
        if (expired || (!completed && leaseOver && sameRequest)) {
            sql(entityManager, "UPDATE idempotent_request SET fingerprint = ?2, state = 'in_flight', lease_until = now() + interval '"
                    + LEASE + "', expires_at = now() + interval '" + KEPT_FOR + "', response_status = NULL,"
                    + " response_location = NULL, response_etag = NULL, response_body = NULL WHERE id = ?1")
                    .setParameter(1, existingId).setParameter(2, fingerprint).executeUpdate();
            return new Claim.Granted(existingId);
        }
        if (!sameRequest) {
            return new Claim.Mismatch();
        }
        if (!completed) {
            return new Claim.InFlight();
        }
        return new Claim.Replay(new StoredAnswer(((Number) existing[5]).intValue(), (String) existing[6],
                (String) existing[7], (byte[]) existing[8]));
    }

    /** Keeps the answer, in the transaction of the work it answers: both are committed, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(IdempotencyScope scope, UUID id, StoredAnswer answer) {
        sql(bind(scope), "UPDATE idempotent_request SET state = 'completed', response_status = ?2, response_location = ?3,"
                + " response_etag = ?4, response_body = ?5 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, answer.status()).setParameter(3, answer.location())
                .setParameter(4, answer.etag()).setParameter(5, answer.body()).executeUpdate();
    }

    /** Frees the key of a request that failed, so that a retry runs it again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(IdempotencyScope scope, UUID id) {
        sql(bind(scope), "DELETE FROM idempotent_request WHERE id = ?1 AND state = 'in_flight'")
                .setParameter(1, id).executeUpdate();
    }

    /** Deletes the keys of one company (or the platform's, for none) kept past their time; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(Optional<UUID> tenantId) {
        EntityManager entityManager = tenantId.map(data::forTenant).orElseGet(data::forPlatformOperation);
        return sql(entityManager, "DELETE FROM idempotent_request WHERE expires_at < now() AND " + SCOPE + " = ?1")
                .setParameter(1, tenantId.orElse(PLATFORM)).executeUpdate();
    }

    private EntityManager bind(IdempotencyScope scope) {
        return scope.tenantId().map(data::forTenant).orElseGet(data::forPlatformOperation);
    }

    private static Query sql(EntityManager entityManager, String statement) {
        return entityManager.createNativeQuery(statement).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }
}
