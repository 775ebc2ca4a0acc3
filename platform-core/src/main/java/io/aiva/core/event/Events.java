package io.aiva.core.event;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.aiva.core.StoredTime;
import io.aiva.core.paging.Position;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.NoTenantException;
import io.aiva.core.tenancy.TenantData;

/** The current company's event feed. */
@ApplicationScoped
public class Events {

    public static final String ASSIGNMENT_CREATED = "assignment.created";
    public static final String ASSIGNMENT_STARTED = "assignment.started";
    public static final String ASSIGNMENT_COMPLETED = "assignment.completed";
    public static final String ASSIGNMENT_EXPIRED = "assignment.expired";
    public static final String ASSIGNMENT_CANCELED = "assignment.canceled";
    public static final String SCORECARD_READY = "scorecard.ready";
    public static final String SCORECARD_REVIEWED = "scorecard.reviewed";

    @Inject
    TenantData data;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Event<EventRecorded> recorded;

    private final Clock clock = Clock.systemUTC();

    /** Records an event in the transaction of the change it tells of: both are committed, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent record(String type, UUID subjectId, Map<String, Object> eventData) {
        DomainEvent event = new DomainEvent(UUID.randomUUID(), type, clock.instant(), subjectId, eventData);
        data.forCurrentTenant().persist(event);
        recorded.fire(new EventRecorded(currentTenant.id().orElseThrow(NoTenantException::new), event));
        return event;
    }

    /** Newest first; only the given types when any are given. */
    @Transactional
    public List<DomainEvent> page(List<String> types, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM DomainEvent e WHERE 1 = 1");
        if (!types.isEmpty()) {
            jpql.append(" AND e.type IN :types");
        }
        if (after != null) {
            jpql.append(" AND (e.occurredAt < :at OR (e.occurredAt = :at AND e.id < :id))");
        }
        jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<DomainEvent> query = data.forCurrentTenant().createQuery(jpql.toString(), DomainEvent.class);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (after != null) {
            query.setParameter("at", StoredTime.of(after.at())).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }
}
