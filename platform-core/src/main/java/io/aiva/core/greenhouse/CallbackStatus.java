package io.aiva.core.greenhouse;

/** Where telling Greenhouse that a test is complete stands. */
public enum CallbackStatus {
    /** The interview has no scorecard yet: nothing to tell. */
    WAITING,
    /** An attempt is due. */
    PENDING,
    DELIVERED,
    /** Neither the company nor the deployment has a callback credential; sent once one is set. */
    CREDENTIAL_MISSING,
    /** Greenhouse refused it for good (a wrong credential, a hired or unknown candidate). */
    REFUSED,
    /** Every attempt of the schedule failed. */
    FAILED
}
