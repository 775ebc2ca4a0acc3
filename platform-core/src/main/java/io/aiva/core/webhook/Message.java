package io.aiva.core.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.aiva.core.StoredJson;

/**
 * A webhook message as Standard Webhooks lays it out: a {@code webhook-id} that stays the same on
 * every retry and replay (so receivers can drop duplicates), and a body {@code {type, timestamp, data}}.
 */
public record Message(String webhookId, String type, String body) {

    public static final String TEST_TYPE = "webhook.test";

    /** The message telling of a domain event; its id is the event's, the same for every endpoint. */
    static Message ofEvent(UUID eventId, String type, Instant occurredAt, Map<String, Object> data) {
        return new Message(eventId.toString(), type, body(type, occurredAt, data));
    }

    static Message test(UUID messageId, UUID endpointId, Instant now) {
        return new Message(messageId.toString(), TEST_TYPE, body(TEST_TYPE, now, Map.of("webhookEndpointId", endpointId)));
    }

    private static String body(String type, Instant timestamp, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", timestamp.toString());
        body.put("data", data);
        return StoredJson.write(body);
    }
}
