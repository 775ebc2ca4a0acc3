package io.aiva.sdk.client.webhook;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a verified delivery told: the body {@code {"type", "timestamp", "data"}} and its {@code webhook-id}.
 *
 * @param id the {@code webhook-id}: the event's id, the same on every retry and replay, so duplicates can be dropped
 * @param type the event type, such as {@code assignment.completed} or {@code webhook.test}; {@code null} if the body had none
 * @param timestamp when the event happened; {@code null} if the body had none
 * @param data the event's data, as in {@code GET /v1/events}; empty if the body had none
 */
public record WebhookEvent(String id, String type, Instant timestamp, Map<String, Object> data) {

    public WebhookEvent {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
