/**
 * The hand-written layer of the AIVA Java SDK, beside the classes generated from {@code aiva-v1.yaml}
 * ({@code io.aiva.sdk}, {@code io.aiva.sdk.api}, {@code io.aiva.sdk.model}): {@link io.aiva.sdk.client.AivaClient}
 * (client-credentials tokens, retries, idempotency keys, {@code User-Agent}), the typed
 * {@link io.aiva.sdk.client.AivaApiException}s carrying the API's problem details, and
 * {@link io.aiva.sdk.client.Pagination} over the cursor-paged lists.
 */
package io.aiva.sdk.client;
