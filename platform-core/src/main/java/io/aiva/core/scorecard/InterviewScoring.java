package io.aiva.core.scorecard;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.aiva.core.event.EventRecorded;
import io.aiva.core.event.Events;
import io.aiva.core.job.JobType;
import io.aiva.core.job.Jobs;
import io.aiva.core.tenancy.ActingForCompany;

/**
 * Scores every completed interview: the completion's transaction schedules a durable job, which
 * writes the scorecard and its {@code scorecard.ready} event, acting for the interview's company as
 * a request of that company would. Retried with backoff if it fails; never twice for one interview.
 */
@ApplicationScoped
public class InterviewScoring implements JobType {

    static final String JOB_NAME = "interview-scoring";

    @Inject
    Jobs jobs;

    @Inject
    Scorecards scorecards;

    @Inject
    ActingForCompany company;

    private final Clock clock = Clock.systemUTC();
    private Task<Due> task;

    /** The data of a scoring job. */
    public record Due(UUID tenantId, UUID assignmentId) {
    }

    @PostConstruct
    void defineTask() {
        task = Tasks.oneTime(JOB_NAME, Due.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> score(instance.getData()));
    }

    @Override
    public Task<?> task() {
        return task;
    }

    void scheduleOnCompletion(@Observes EventRecorded recorded) {
        if (Events.ASSIGNMENT_COMPLETED.equals(recorded.event().type())) {
            UUID assignmentId = recorded.event().subjectId();
            jobs.schedule(new TaskInstance<>(JOB_NAME, assignmentId.toString(), new Due(recorded.tenantId(), assignmentId)),
                    clock.instant());
        }
    }

    private void score(Due due) {
        company.run(due.tenantId(), () -> scorecards.score(due.assignmentId()));
    }
}
