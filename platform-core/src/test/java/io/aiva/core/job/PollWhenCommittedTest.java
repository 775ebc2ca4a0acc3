package io.aiva.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.Status;

import org.junit.jupiter.api.Test;

class PollWhenCommittedTest {

    private final AtomicInteger polls = new AtomicInteger();
    private final Jobs.PollWhenCommitted synchronization = new Jobs.PollWhenCommitted(polls::incrementAndGet);

    @Test
    void pollsOnceTheTransactionHasCommitted() {
        synchronization.beforeCompletion();
        assertThat(polls).as("before the commit the job is not visible to a poll").hasValue(0);

        synchronization.afterCompletion(Status.STATUS_COMMITTED);

        assertThat(polls).hasValue(1);
    }

    @Test
    void doesNotPollWhenTheTransactionRolledBackOrItsOutcomeIsUnknown() {
        synchronization.afterCompletion(Status.STATUS_ROLLEDBACK);
        synchronization.afterCompletion(Status.STATUS_UNKNOWN);

        assertThat(polls).as("no job was scheduled, or none is known to be").hasValue(0);
    }
}
