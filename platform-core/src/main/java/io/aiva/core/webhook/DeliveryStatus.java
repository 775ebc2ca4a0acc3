package io.aiva.core.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** An attempt is due, now or later. */
    PENDING,
    /** An attempt got a 2xx. */
    DELIVERED,
    /** The schedule ran out, the endpoint answered 410, or a single attempt (a test, a replay) failed. */
    FAILED
}
