package io.aiva.core.assignment;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.aiva.core.job.JobType;
import io.aiva.core.tenancy.ActingForCompany;

/**
 * Expires an assignment at its deadline, so that its {@code assignment.expired} event (and webhook)
 * goes out when the deadline passes, not when someone next happens to read the assignment. The job
 * is scheduled with the assignment, in its transaction; it acts for the assignment's company as a
 * request of that company would, and does nothing to an assignment that ended before.
 */
@ApplicationScoped
public class AssignmentExpiry implements JobType {

    static final String JOB_NAME = "assignment-expiry";

    @Inject
    Assignments assignments;

    @Inject
    ActingForCompany company;

    private Task<Due> task;

    /** The data of an expiry job. */
    public record Due(UUID tenantId, UUID assignmentId) {
    }

    @PostConstruct
    void defineTask() {
        task = Tasks.oneTime(JOB_NAME, Due.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> expire(instance.getData()));
    }

    @Override
    public Task<?> task() {
        return task;
    }

    static TaskInstance<Due> job(UUID tenantId, UUID assignmentId) {
        return new TaskInstance<>(JOB_NAME, assignmentId.toString(), new Due(tenantId, assignmentId));
    }

    private void expire(Due due) {
        company.run(due.tenantId(), () -> assignments.find(due.assignmentId()));
    }
}
