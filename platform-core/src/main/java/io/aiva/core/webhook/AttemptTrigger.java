package io.aiva.core.webhook;

/** What made an attempt. */
public enum AttemptTrigger {
    /** The delivery schedule: the first attempt and its retries. */
    SCHEDULED,
    /** A company asked for one more attempt. */
    REPLAY,
    /** A company's test event, attempted while it waits. */
    TEST
}
