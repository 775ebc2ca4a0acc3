/**
 * Idempotency keys: a caller's POST, keyed by the caller, done once. A key is claimed (a short
 * lease) before the work, and its answer is written in the transaction of the work, so a key is
 * free, running or done and a crash in between leaves it free again once the lease ends.
 */
package io.aiva.core.idempotency;
