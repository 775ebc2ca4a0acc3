package io.aiva.api.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.api.v1.WebhooksApi;
import io.aiva.api.v1.model.EventType;
import io.aiva.api.v1.model.WebhookAttemptTrigger;
import io.aiva.api.v1.model.WebhookDeliveryPage;
import io.aiva.api.v1.model.WebhookDeliveryStatus;
import io.aiva.api.v1.model.WebhookEndpointCreate;
import io.aiva.api.v1.model.WebhookEndpointPage;
import io.aiva.api.v1.model.WebhookEndpointStatus;
import io.aiva.api.v1.model.WebhookEndpointWithSecret;
import io.aiva.api.v1.model.WebhookEndpointWrite;
import io.aiva.api.v1.model.WebhookSecret;
import io.aiva.core.paging.Position;
import io.aiva.core.webhook.DeliveryLog;
import io.aiva.core.webhook.DeliveryStatus;
import io.aiva.core.webhook.DeliveryView;
import io.aiva.core.webhook.EndpointSettings;
import io.aiva.core.webhook.IssuedEndpoint;
import io.aiva.core.webhook.WebhookAttempt;
import io.aiva.core.webhook.WebhookDeliveries;
import io.aiva.core.webhook.WebhookEndpoint;
import io.aiva.core.webhook.WebhookEndpoints;
import io.aiva.web.paging.NewestFirst;
import io.aiva.web.problem.EntityTags;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;

/**
 * The company's webhook endpoints and their delivery log: for its admins and its own systems, the
 * way they would set up any other integration. Recruiters have no use for them.
 */
@RequestScoped
@IdempotentPosts
@RolesAllowed({"company-admin", "integration"})
public class WebhooksResource implements WebhooksApi {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    DeliveryLog log;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response createWebhookEndpoint(WebhookEndpointCreate request, String idempotencyKey) {
        IssuedEndpoint issued = endpoints.create(new EndpointSettings(request.getUrl(), request.getDescription(),
                eventTypes(request.getEventTypes()), true));
        WebhookEndpoint endpoint = issued.endpoint();
        return Response.created(uri.getBaseUriBuilder().path("v1/webhook-endpoints/{id}").build(endpoint.id()))
                .header(HttpHeaders.ETAG, EntityTags.of(endpoint.version()))
                .entity(new WebhookEndpointWithSecret().endpoint(view(endpoint)).secret(issued.secret())).build();
    }

    @Override
    public Response listWebhookEndpoints(Integer limit, String cursor) {
        NewestFirst<WebhookEndpoint> page = NewestFirst.of(endpoints.page(NewestFirst.after(cursor), limit + 1), limit,
                endpoint -> new Position(endpoint.createdAt(), endpoint.id()));
        return Response.ok(new WebhookEndpointPage().data(page.items().stream().map(WebhooksResource::view).toList())
                .nextCursor(page.nextCursor())).build();
    }

    @Override
    public Response getWebhookEndpoint(UUID webhookEndpointId) {
        return endpoints.find(webhookEndpointId).map(WebhooksResource::found).orElseGet(this::noEndpoint);
    }

    @Override
    public Response replaceWebhookEndpoint(UUID webhookEndpointId, WebhookEndpointWrite request, String ifMatch) {
        EndpointSettings settings = new EndpointSettings(request.getUrl(), request.getDescription(),
                eventTypes(request.getEventTypes()), request.getEnabled());
        return endpoints.change(webhookEndpointId, EntityTags.expectedVersion(ifMatch), settings)
                .map(WebhooksResource::found).orElseGet(this::noEndpoint);
    }

    @Override
    public Response deleteWebhookEndpoint(UUID webhookEndpointId) {
        return endpoints.remove(webhookEndpointId) ? Response.noContent().build() : noEndpoint();
    }

    @Override
    public Response rotateWebhookSecret(UUID webhookEndpointId, String idempotencyKey) {
        return endpoints.rotateSecret(webhookEndpointId)
                .map(rotated -> Response.ok(new WebhookSecret().secret(rotated.secret())
                        .previousSecretValidUntil(utc(rotated.previousSecretValidUntil()))).build())
                .orElseGet(this::noEndpoint);
    }

    @Override
    public Response testWebhookEndpoint(UUID webhookEndpointId, String idempotencyKey) {
        return deliveries.test(webhookEndpointId).map(delivery -> Response.ok(view(delivery)).build())
                .orElseGet(this::noEndpoint);
    }

    @Override
    public Response listWebhookDeliveries(UUID webhookEndpointId, Integer limit, String cursor, WebhookDeliveryStatus status) {
        DeliveryStatus wanted = status == null ? null : DeliveryStatus.valueOf(status.name());
        return log.page(webhookEndpointId, wanted, NewestFirst.after(cursor), limit + 1)
                .map(found -> {
                    NewestFirst<DeliveryView> page = NewestFirst.of(found, limit,
                            delivery -> new Position(delivery.delivery().createdAt(), delivery.delivery().id()));
                    return Response.ok(new WebhookDeliveryPage().data(page.items().stream().map(WebhooksResource::view).toList())
                            .nextCursor(page.nextCursor())).build();
                })
                .orElseGet(this::noEndpoint);
    }

    @Override
    public Response getWebhookDelivery(UUID webhookEndpointId, UUID deliveryId) {
        return log.find(webhookEndpointId, deliveryId).map(delivery -> Response.ok(view(delivery)).build())
                .orElseGet(this::noDelivery);
    }

    @Override
    public Response replayWebhookDelivery(UUID webhookEndpointId, UUID deliveryId, String idempotencyKey) {
        return log.replay(webhookEndpointId, deliveryId)
                .map(delivery -> Response.accepted(view(delivery)).build())
                .orElseGet(this::noDelivery);
    }

    private static List<String> eventTypes(Collection<EventType> types) {
        return types == null ? List.of() : types.stream().map(EventType::toString).distinct().sorted().toList();
    }

    private static Response found(WebhookEndpoint endpoint) {
        return Response.ok(view(endpoint)).header(HttpHeaders.ETAG, EntityTags.of(endpoint.version())).build();
    }

    private Response noEndpoint() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no webhook endpoint with this id.", uri, null);
    }

    private Response noDelivery() {
        return problems.problem(ProblemKind.NOT_FOUND, "This webhook endpoint has no delivery with this id.", uri, null);
    }

    private static io.aiva.api.v1.model.WebhookEndpoint view(WebhookEndpoint endpoint) {
        return new io.aiva.api.v1.model.WebhookEndpoint()
                .id(endpoint.id())
                .url(endpoint.url())
                .description(endpoint.description().orElse(null))
                .eventTypes(endpoint.eventTypes().stream().map(EventType::fromValue).toList())
                .status(endpoint.enabled() ? WebhookEndpointStatus.ENABLED : WebhookEndpointStatus.DISABLED)
                .disabledReason(endpoint.disabledReason().orElse(null))
                .secretRotatedAt(endpoint.secretRotatedAt().map(WebhooksResource::utc).orElse(null))
                .createdAt(utc(endpoint.createdAt()))
                .updatedAt(utc(endpoint.updatedAt()));
    }

    private static io.aiva.api.v1.model.WebhookDelivery view(DeliveryView view) {
        var delivery = view.delivery();
        return new io.aiva.api.v1.model.WebhookDelivery()
                .id(delivery.id())
                .endpointId(delivery.endpointId())
                .webhookId(delivery.webhookId())
                .eventId(delivery.eventId().orElse(null))
                .eventType(delivery.eventType())
                .status(WebhookDeliveryStatus.valueOf(delivery.status().name()))
                .nextAttemptAt(delivery.nextAttemptAt().map(WebhooksResource::utc).orElse(null))
                .createdAt(utc(delivery.createdAt()))
                .attempts(view.attempts().stream().map(WebhooksResource::view).toList());
    }

    private static io.aiva.api.v1.model.WebhookAttempt view(WebhookAttempt attempt) {
        return new io.aiva.api.v1.model.WebhookAttempt()
                .attemptedAt(utc(attempt.attemptedAt()))
                .trigger(WebhookAttemptTrigger.valueOf(attempt.trigger().name()))
                .statusCode(attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null)
                .durationMs(attempt.durationMs())
                .error(attempt.error().orElse(null))
                .responseBody(attempt.responseBody().orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
