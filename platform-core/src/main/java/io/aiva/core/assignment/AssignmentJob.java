package io.aiva.core.assignment;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.aiva.core.tenancy.ActingForCompany;

/**
 * A durable job about one assignment of one company (its expiry, its scoring): at most one of a kind
 * per assignment, retried with backoff when it fails, run as a request of that company would run.
 */
public final class AssignmentJob {

    static final Duration RETRY_BACKOFF = Duration.ofSeconds(30);

    /** A job's data, stored as JSON: its field names are the stored form of jobs already scheduled. */
    public record Due(UUID tenantId, UUID assignmentId) {
    }

    private AssignmentJob() {
    }

    /** The kind of job {@code name}, doing {@code work} with the assignment's id for its company. */
    public static Task<Due> task(String name, ActingForCompany company, Consumer<UUID> work) {
        return Tasks.oneTime(name, Due.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(RETRY_BACKOFF))
                .execute((instance, context) -> company.run(instance.getData().tenantId(),
                        () -> work.accept(instance.getData().assignmentId())));
    }

    /** The job of kind {@code name} for one assignment. */
    public static TaskInstance<Due> of(String name, UUID tenantId, UUID assignmentId) {
        return new TaskInstance<>(name, assignmentId.toString(), new Due(tenantId, assignmentId));
    }
}
