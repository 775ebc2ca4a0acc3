package io.aiva.core.webhook;

import java.util.UUID;

/** The data of a delivery job: which company's delivery, and why it is attempted. */
public record DeliveryOrder(UUID tenantId, UUID deliveryId, AttemptTrigger trigger) {
}
