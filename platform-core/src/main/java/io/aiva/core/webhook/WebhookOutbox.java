package io.aiva.core.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.aiva.core.event.EventRecorded;

/** Turns every recorded event into deliveries for the company's endpoints, in the event's own transaction. */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    DeliveryLog log;

    void enqueue(@Observes EventRecorded recorded) {
        log.enqueue(recorded.tenantId(), recorded.event());
    }
}
