package io.aiva.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.aiva.core.job.JobType;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.NoTenantException;

/**
 * Makes the attempts: the durable job that works through the outbox on the retry schedule (a replay
 * included), and a test a company waits for; the delivery log itself is {@link DeliveryLog}'s. The network call happens between two transactions, never
 * inside one, so a slow receiver holds no database connection.
 */
@ApplicationScoped
public class WebhookDeliveries implements JobType {

    /** A job that fails for a reason of ours (the database away) is tried again after this, doubling each time. */
    private static final Duration JOB_FAILURE_BACKOFF = Duration.ofSeconds(10);

    @Inject
    DeliveryLog log;

    @Inject
    WebhookSender sender;

    @Inject
    CurrentTenant currentTenant;

    private Task<DeliveryOrder> task;

    @PostConstruct
    void defineTask() {
        task = Tasks.custom(DeliveryLog.JOB_NAME, DeliveryOrder.class)
                .onDeadExecutionRevive()
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(JOB_FAILURE_BACKOFF))
                .execute((instance, context) -> attempt(instance.getData()));
    }

    @Override
    public Task<?> task() {
        return task;
    }

    /**
     * Sends the company's test event now and answers how it went. Outside the caller's transaction
     * (a keyed POST runs in one): the delivery is committed before it is sent and the attempt after,
     * as a scheduled delivery's are, and no transaction stays open while the receiver answers.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<DeliveryView> test(UUID endpointId) {
        UUID tenantId = currentTenant.id().orElseThrow(NoTenantException::new);
        return log.newTest(endpointId).map(outgoing -> {
            log.record(tenantId, outgoing.deliveryId(), AttemptTrigger.TEST, send(outgoing));
            return log.find(endpointId, outgoing.deliveryId()).orElseThrow();
        });
    }

    private CompletionHandler<DeliveryOrder> attempt(DeliveryOrder order) {
        Optional<Instant> retryAt = log.due(order.tenantId(), order.deliveryId())
                .flatMap(outgoing -> log.record(order.tenantId(), order.deliveryId(), order.trigger(), send(outgoing)));
        if (retryAt.isPresent()) {
            Instant next = retryAt.get();
            return (complete, operations) -> operations.reschedule(complete, next);
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    private AttemptOutcome send(Outgoing outgoing) {
        return sender.send(outgoing.url(), outgoing.secrets(), outgoing.message());
    }
}
