package io.aiva.core.webhook;

import java.util.List;

/** A delivery with its attempts, oldest first. */
public record DeliveryView(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
}
