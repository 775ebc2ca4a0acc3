package it.io.aiva.docs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.client.Pagination;
import io.aiva.sdk.model.EventType;
import io.aiva.sdk.model.WebhookDelivery;
import io.aiva.sdk.model.WebhookDeliveryPage;
import io.aiva.sdk.model.WebhookDeliveryStatus;
import io.aiva.sdk.model.WebhookEndpoint;
import io.aiva.sdk.model.WebhookEndpointCreate;
import io.aiva.sdk.model.WebhookEndpointStatus;
import io.aiva.sdk.model.WebhookEndpointWithSecret;
import io.aiva.sdk.model.WebhookEndpointWrite;

/**
 * Managing the webhook endpoint of docs/integrate.md through the Java SDK: registering it, and replaying what
 * failed while it was down. {@link IntegrateGuideJavaIT} runs these against the platform; the guide quotes the
 * regions.
 */
final class WebhookSubscription {

    private WebhookSubscription() {
    }

    // docs:start java-register-webhook
    static WebhookEndpointWithSecret register(AivaClient aiva, String receiverUrl) throws ApiException {
        // The answer holds the endpoint and its signing secret, shown this once: keep the secret for your receiver.
        return aiva.webhooks().createWebhookEndpoint(new WebhookEndpointCreate()
                .url(receiverUrl) // https://ats.example.com/hooks/aiva
                .description("ATS sync")
                .eventTypes(EnumSet.of(EventType.ASSIGNMENT_COMPLETED, EventType.ASSIGNMENT_EXPIRED,
                        EventType.ASSIGNMENT_CANCELED, EventType.SCORECARD_READY)), null);
    }
    // docs:end java-register-webhook

    // docs:start java-test-webhook
    static WebhookDelivery sendTest(AivaClient aiva, UUID endpointId) throws ApiException {
        WebhookDelivery test = aiva.webhooks().testWebhookEndpoint(endpointId, null);
        // DELIVERED when your receiver answered 2xx; otherwise the attempt says what it answered, or why there was no answer.
        return test;
    }
    // docs:end java-test-webhook

    // docs:start java-replay-webhooks
    static int replayFailed(AivaClient aiva, UUID endpointId) throws ApiException {
        WebhookEndpoint endpoint = aiva.webhooks().getWebhookEndpoint(endpointId);
        if (endpoint.getStatus() == WebhookEndpointStatus.DISABLED) { // by a 410 Gone, or by you: no replays until enabled
            aiva.webhooks().replaceWebhookEndpoint(endpointId, new WebhookEndpointWrite().url(endpoint.getUrl())
                    .description(endpoint.getDescription()).eventTypes(Set.copyOf(endpoint.getEventTypes()))
                    .enabled(true), null);
        }
        List<WebhookDelivery> failed = Pagination.stream(
                        cursor -> aiva.webhooks().listWebhookDeliveries(endpointId, 100, cursor, WebhookDeliveryStatus.FAILED),
                        WebhookDeliveryPage::getData, WebhookDeliveryPage::getNextCursor)
                .toList(); // all of them first: a replayed delivery leaves the list
        for (WebhookDelivery delivery : failed) {
            aiva.webhooks().replayWebhookDelivery(endpointId, delivery.getId(), null);
        }
        return failed.size();
    }
    // docs:end java-replay-webhooks
}
