/**
 * Webhooks as Standard Webhooks 1.0 defines them: a company's endpoints with their signing secrets,
 * the outbox of deliveries written in the transaction of each event, and the durable job that
 * attempts them on a published schedule, keeps every attempt and disables an endpoint that answers
 * {@code 410 Gone}.
 */
package io.aiva.core.webhook;
