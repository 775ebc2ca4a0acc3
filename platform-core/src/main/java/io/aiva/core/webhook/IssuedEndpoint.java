package io.aiva.core.webhook;

/** A new endpoint with its secret, which is shown this once. */
public record IssuedEndpoint(WebhookEndpoint endpoint, String secret) {
}
