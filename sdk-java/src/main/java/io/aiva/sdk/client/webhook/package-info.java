/**
 * Receiving AIVA's webhooks: {@link io.aiva.sdk.client.webhook.Webhooks#verify verify} checks a delivery's
 * Standard Webhooks 1.0 signature and timestamp and reads the event it carries. Hand-written; needs no
 * {@code AivaClient} and makes no HTTP call.
 */
package io.aiva.sdk.client.webhook;
