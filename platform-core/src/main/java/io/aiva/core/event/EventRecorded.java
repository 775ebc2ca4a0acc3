package io.aiva.core.event;

import java.util.UUID;

/**
 * Told synchronously, inside the transaction that records the event, so that what reacts to it (the
 * webhook outbox) writes in that same transaction: the event and its consequences commit together.
 */
public record EventRecorded(UUID tenantId, DomainEvent event) {
}
