package io.aiva.core.candidate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.aiva.core.AlreadyExistsException;
import io.aiva.core.StaleVersionException;
import io.aiva.core.StoredTime;
import io.aiva.core.UniqueViolation;
import io.aiva.core.paging.Position;
import io.aiva.core.tenancy.TenantData;

/** The current company's candidates. */
@ApplicationScoped
public class Candidates {

    @Inject
    TenantData data;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Candidate create(CandidateDetails details) {
        EntityManager entityManager = data.forCurrentTenant();
        refuseTakenExternalId(entityManager, details.externalId(), null);
        Candidate candidate = new Candidate(UUID.randomUUID(), details, clock.instant());
        entityManager.persist(candidate);
        flushRefusingTakenExternalId(entityManager);
        return candidate;
    }

    @Transactional
    public Optional<Candidate> find(UUID id) {
        return Optional.ofNullable(data.forCurrentTenant().find(Candidate.class, id));
    }

    /** Newest first, starting after {@code after} when given. */
    @Transactional
    public List<Candidate> page(CandidateFilter filter, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Candidate c WHERE 1 = 1");
        if (filter.email() != null) {
            jpql.append(" AND c.emailLookup = :email");
        }
        if (filter.externalId() != null) {
            jpql.append(" AND c.externalId = :externalId");
        }
        if (after != null) {
            jpql.append(" AND (c.createdAt < :at OR (c.createdAt = :at AND c.id < :id))");
        }
        jpql.append(" ORDER BY c.createdAt DESC, c.id DESC");
        TypedQuery<Candidate> query = data.forCurrentTenant().createQuery(jpql.toString(), Candidate.class);
        if (filter.email() != null) {
            query.setParameter("email", Candidate.lookupForm(filter.email()));
        }
        if (filter.externalId() != null) {
            query.setParameter("externalId", filter.externalId());
        }
        if (after != null) {
            query.setParameter("at", StoredTime.of(after.at())).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Applies the change if the candidate is still at {@code expectedVersion} (when one is given).
     *
     * @throws StaleVersionException when someone changed the candidate since that version
     */
    @Transactional
    public Optional<Candidate> change(UUID id, OptionalLong expectedVersion, CandidateChange change) {
        EntityManager entityManager = data.forCurrentTenant();
        Candidate candidate = entityManager.find(Candidate.class, id);
        if (candidate == null) {
            return Optional.empty();
        }
        StaleVersionException.refuseStale(expectedVersion, candidate.version());
        CandidateDetails changed = change.applyTo(candidate.details());
        refuseTakenExternalId(entityManager, changed.externalId(), id);
        candidate.apply(changed, clock.instant());
        flushRefusingTakenExternalId(entityManager);
        return Optional.of(candidate);
    }

    /** The check before the write misses a concurrent twin; the unique index does not. */
    private static void flushRefusingTakenExternalId(EntityManager entityManager) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw externalIdTaken();
            }
            throw e;
        }
    }

    private static AlreadyExistsException externalIdTaken() {
        return new AlreadyExistsException("externalId", "Your company already has a candidate with this externalId.");
    }

    private static void refuseTakenExternalId(EntityManager entityManager, String externalId, UUID except) {
        if (externalId == null) {
            return;
        }
        List<UUID> holders = entityManager.createQuery("SELECT c.id FROM Candidate c WHERE c.externalId = :externalId", UUID.class)
                .setParameter("externalId", externalId).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(except))) {
            throw externalIdTaken();
        }
    }
}
