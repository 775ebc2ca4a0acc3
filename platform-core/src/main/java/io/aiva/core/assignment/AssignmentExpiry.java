package io.aiva.core.assignment;

import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

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

    private Task<AssignmentJob.Due> task;

    @PostConstruct
    void defineTask() {
        task = AssignmentJob.task(JOB_NAME, company, assignmentId -> assignments.expireIfDue(assignmentId));
    }

    @Override
    public Task<?> task() {
        return task;
    }

    static TaskInstance<AssignmentJob.Due> job(UUID tenantId, UUID assignmentId) {
        return AssignmentJob.of(JOB_NAME, tenantId, assignmentId);
    }
}
