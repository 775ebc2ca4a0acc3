package io.aiva.core.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import com.github.kagkarlsson.scheduler.task.TaskInstance;

import io.aiva.core.RuleViolationException;
import io.aiva.core.StoredTime;
import io.aiva.core.event.DomainEvent;
import io.aiva.core.job.Jobs;
import io.aiva.core.paging.Position;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.NoTenantException;
import io.aiva.core.tenancy.TenantData;

/**
 * The deliveries' rows, each method one transaction bound to one company. No method waits on the
 * network: an attempt is read here, made outside any transaction, then recorded here.
 */
@ApplicationScoped
public class DeliveryLog {

    static final String JOB_NAME = "webhook-delivery";

    @Inject
    TenantData data;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Jobs jobs;

    private final Clock clock = Clock.systemUTC();

    /** The outbox: one delivery per enabled endpoint that takes the event, in the event's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID tenantId, DomainEvent event) {
        EntityManager entityManager = data.forTenant(tenantId);
        // The ids and event types only: the event's transaction has no use for the endpoints' secrets.
        List<Object[]> endpoints = entityManager
                .createQuery("SELECT e.id, e.eventTypes FROM WebhookEndpoint e WHERE e.enabled = TRUE", Object[].class)
                .getResultList();
        Instant now = clock.instant();
        for (Object[] endpoint : endpoints) {
            if (WebhookEndpoint.takes((String) endpoint[1], event.type())) {
                WebhookDelivery delivery = new WebhookDelivery(UUID.randomUUID(), (UUID) endpoint[0],
                        Message.ofEvent(event.id(), event.type(), event.occurredAt(), event.data()), now);
                entityManager.persist(delivery);
                jobs.schedule(job(tenantId, delivery.id(), AttemptTrigger.SCHEDULED), now);
            }
        }
    }

    /** The attempt a job is to make, or empty when there is none to make any more. */
    @Transactional
    public Optional<Outgoing> due(UUID tenantId, UUID deliveryId) {
        EntityManager entityManager = data.forTenant(tenantId);
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, delivery.endpointId());
        if (!endpoint.enabled()) {
            delivery.fail();
            return Optional.empty();
        }
        return Optional.of(outgoing(delivery, endpoint));
    }

    /**
     * Keeps the attempt and moves the delivery on: delivered, retried at the instant returned, or
     * failed. A {@code 410 Gone} disables the endpoint and fails what was pending for it.
     */
    @Transactional
    public Optional<Instant> record(UUID tenantId, UUID deliveryId, AttemptTrigger trigger, AttemptOutcome outcome) {
        EntityManager entityManager = data.forTenant(tenantId);
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            return Optional.empty();
        }
        entityManager.persist(new WebhookAttempt(UUID.randomUUID(), deliveryId, delivery.attemptCount() + 1, trigger, outcome));
        Optional<Instant> retryAt = trigger == AttemptTrigger.SCHEDULED && !outcome.succeeded() && !outcome.gone()
                ? RetrySchedule.next(delivery.attemptCount() + 1, clock.instant())
                : Optional.empty();
        delivery.attempted(outcome, retryAt);
        if (outcome.gone()) {
            WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, delivery.endpointId());
            endpoint.disable("The endpoint answered 410 Gone on " + outcome.startedAt() + ".", clock.instant());
            entityManager.createQuery("SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint AND d.status = :pending",
                    WebhookDelivery.class).setParameter("endpoint", endpoint.id()).setParameter("pending", DeliveryStatus.PENDING)
                    .getResultList().forEach(WebhookDelivery::fail);
        }
        return retryAt;
    }

    /** A test message for the endpoint, to be attempted at once by the caller. */
    @Transactional
    public Optional<Outgoing> newTest(UUID endpointId) {
        EntityManager entityManager = data.forCurrentTenant();
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        UUID deliveryId = UUID.randomUUID();
        WebhookDelivery delivery = new WebhookDelivery(deliveryId, endpointId, Message.test(deliveryId, endpointId, now), now);
        entityManager.persist(delivery);
        return Optional.of(outgoing(delivery, endpoint));
    }

    /** Schedules one more attempt of a delivery that is over (delivered or failed), to an enabled endpoint. */
    @Transactional
    public Optional<DeliveryView> replay(UUID endpointId, UUID deliveryId) {
        UUID tenantId = currentTenant.id().orElseThrow(NoTenantException::new);
        EntityManager entityManager = data.forTenant(tenantId);
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.endpointId().equals(endpointId)) {
            return Optional.empty();
        }
        if (!entityManager.find(WebhookEndpoint.class, endpointId).enabled()) {
            throw new RuleViolationException("This endpoint is disabled; enable it before replaying a delivery to it.");
        }
        if (delivery.status() == DeliveryStatus.PENDING) {
            throw new RuleViolationException("This delivery is still pending; it is attempted again on its schedule.");
        }
        Instant now = clock.instant();
        delivery.replayAt(now);
        jobs.schedule(new TaskInstance<>(JOB_NAME, deliveryId + "/replay/" + UUID.randomUUID(),
                new DeliveryOrder(tenantId, deliveryId, AttemptTrigger.REPLAY)), now);
        return Optional.of(view(entityManager, delivery));
    }

    /** The endpoint's deliveries, newest first; empty when the company has no such endpoint. */
    @Transactional
    public Optional<List<DeliveryView>> page(UUID endpointId, DeliveryStatus status, Position after, int limit) {
        EntityManager entityManager = data.forCurrentTenant();
        if (entityManager.find(WebhookEndpoint.class, endpointId) == null) {
            return Optional.empty();
        }
        StringBuilder jpql = new StringBuilder("SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint");
        if (status != null) {
            jpql.append(" AND d.status = :status");
        }
        if (after != null) {
            jpql.append(" AND (d.createdAt < :at OR (d.createdAt = :at AND d.id < :id))");
        }
        jpql.append(" ORDER BY d.createdAt DESC, d.id DESC");
        TypedQuery<WebhookDelivery> query = entityManager.createQuery(jpql.toString(), WebhookDelivery.class)
                .setParameter("endpoint", endpointId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("at", StoredTime.of(after.at())).setParameter("id", after.id());
        }
        List<WebhookDelivery> deliveries = query.setMaxResults(limit).getResultList();
        Map<UUID, List<WebhookAttempt>> attempts = attempts(entityManager, deliveries.stream().map(WebhookDelivery::id).toList());
        return Optional.of(deliveries.stream().map(delivery -> consistent(delivery, attempts)).toList());
    }

    @Transactional
    public Optional<DeliveryView> find(UUID endpointId, UUID deliveryId) {
        EntityManager entityManager = data.forCurrentTenant();
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.endpointId().equals(endpointId)) {
            return Optional.empty();
        }
        return Optional.of(view(entityManager, delivery));
    }

    private static DeliveryView view(EntityManager entityManager, WebhookDelivery delivery) {
        return consistent(delivery, attempts(entityManager, List.of(delivery.id())));
    }

    /**
     * The delivery with the attempts its row counts. Read committed reads each statement at its own
     * moment, so attempts read after the delivery may include one recorded in between; the count,
     * written with each attempt, says which belong to the state read.
     */
    private static DeliveryView consistent(WebhookDelivery delivery, Map<UUID, List<WebhookAttempt>> attempts) {
        return new DeliveryView(delivery, attempts.getOrDefault(delivery.id(), List.of()).stream()
                .filter(attempt -> attempt.number() <= delivery.attemptCount()).toList());
    }

    static TaskInstance<DeliveryOrder> job(UUID tenantId, UUID deliveryId, AttemptTrigger trigger) {
        return new TaskInstance<>(JOB_NAME, deliveryId.toString(), new DeliveryOrder(tenantId, deliveryId, trigger));
    }

    private Outgoing outgoing(WebhookDelivery delivery, WebhookEndpoint endpoint) {
        return new Outgoing(delivery.id(), endpoint.url(), endpoint.signingSecrets(clock.instant()),
                new Message(delivery.webhookId(), delivery.eventType(), delivery.payload()));
    }

    private static Map<UUID, List<WebhookAttempt>> attempts(EntityManager entityManager, List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("SELECT a FROM WebhookAttempt a WHERE a.deliveryId IN :deliveries", WebhookAttempt.class)
                .setParameter("deliveries", deliveryIds).getResultList().stream()
                .sorted(Comparator.comparingInt(WebhookAttempt::number))
                .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
    }
}
