/**
 * The {@code Idempotency-Key} of POST requests: a filter claims the key before the resource runs
 * (or answers a retry at once), an interceptor stores the answer in the transaction of the work.
 */
package io.aiva.api.idempotency;
