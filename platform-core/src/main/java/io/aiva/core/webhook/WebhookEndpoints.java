package io.aiva.core.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.aiva.core.InvalidInputException;
import io.aiva.core.StaleVersionException;
import io.aiva.core.StoredTime;
import io.aiva.core.paging.Position;
import io.aiva.core.tenancy.TenantData;

/** The current company's webhook endpoints. */
@ApplicationScoped
public class WebhookEndpoints {

    /** How long the previous secret keeps signing after a rotation: a day to switch receivers over. */
    static final Duration PREVIOUS_SECRET_LIFE = Duration.ofHours(24);

    @Inject
    TenantData data;

    @Inject
    WebhookSender sender;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public IssuedEndpoint create(EndpointSettings settings) {
        refuseUnsafeUrl(settings.url());
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), settings, secret, clock.instant());
        EntityManager entityManager = data.forCurrentTenant();
        entityManager.persist(endpoint);
        entityManager.flush();
        return new IssuedEndpoint(endpoint, secret);
    }

    @Transactional
    public Optional<WebhookEndpoint> find(UUID id) {
        return Optional.ofNullable(data.forCurrentTenant().find(WebhookEndpoint.class, id));
    }

    /** Newest first, starting after {@code after} when given. */
    @Transactional
    public List<WebhookEndpoint> page(Position after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM WebhookEndpoint e WHERE 1 = 1");
        if (after != null) {
            jpql.append(" AND (e.createdAt < :at OR (e.createdAt = :at AND e.id < :id))");
        }
        jpql.append(" ORDER BY e.createdAt DESC, e.id DESC");
        TypedQuery<WebhookEndpoint> query = data.forCurrentTenant().createQuery(jpql.toString(), WebhookEndpoint.class);
        if (after != null) {
            query.setParameter("at", StoredTime.of(after.at())).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Applies the settings if the endpoint is still at {@code expectedVersion} (when one is given).
     *
     * @throws StaleVersionException when someone changed the endpoint since that version
     */
    @Transactional
    public Optional<WebhookEndpoint> change(UUID id, OptionalLong expectedVersion, EndpointSettings settings) {
        EntityManager entityManager = data.forCurrentTenant();
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            return Optional.empty();
        }
        StaleVersionException.refuseStale(expectedVersion, endpoint.version());
        refuseUnsafeUrl(settings.url());
        endpoint.apply(settings, clock.instant());
        entityManager.flush();
        return Optional.of(endpoint);
    }

    /** Removes the endpoint with its deliveries and their attempts (the foreign keys cascade); false if there was none. */
    @Transactional
    public boolean remove(UUID id) {
        EntityManager entityManager = data.forCurrentTenant();
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            return false;
        }
        entityManager.remove(endpoint);
        return true;
    }

    @Transactional
    public Optional<RotatedSecret> rotateSecret(UUID id) {
        WebhookEndpoint endpoint = data.forCurrentTenant().find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String secret = WebhookSignature.newSecret();
        Instant previousUntil = now.plus(PREVIOUS_SECRET_LIFE);
        endpoint.rotate(secret, now, previousUntil);
        return Optional.of(new RotatedSecret(secret, previousUntil));
    }

    private void refuseUnsafeUrl(String url) {
        sender.refusal(url).ifPresent(reason -> {
            throw new InvalidInputException(List.of(new InvalidInputException.Issue("/url", reason)));
        });
    }
}
