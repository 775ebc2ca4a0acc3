package io.aiva.core.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.aiva.core.job.JobType;
import io.aiva.core.tenancy.Tenants;

/**
 * Deletes idempotency keys kept past their day, company by company (each in a transaction bound to
 * it, so the purge sees no more than a request of that company would), then the platform's. One
 * server of several runs it at a time.
 */
@ApplicationScoped
public class IdempotencyPurge implements JobType {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class.getName());

    @Inject
    IdempotentRequests requests;

    @Inject
    Tenants tenants;

    @Inject
    @ConfigProperty(name = "aiva.idempotency.purge-interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    private Task<Void> task;

    @PostConstruct
    void defineTask() {
        task = Tasks.recurring("idempotency-purge", FixedDelay.of(Duration.ofSeconds(intervalSeconds)))
                .execute((instance, context) -> purge());
    }

    @Override
    public Task<?> task() {
        return task;
    }

    private void purge() {
        int purged = requests.purgeExpired(Optional.empty());
        for (UUID tenantId : tenants.allIds()) {
            purged += requests.purgeExpired(Optional.of(tenantId));
        }
        int total = purged;
        if (total > 0) {
            LOG.fine(() -> "Idempotency keys purged: " + total);
        }
    }
}
