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

import io.aiva.core.analysis.ConfiguredAnalysis;
import io.aiva.core.company.CompanyPreferences;
import io.aiva.core.event.EventRecorded;
import io.aiva.core.event.Events;
import io.aiva.core.job.JobType;
import io.aiva.core.job.Jobs;
import io.aiva.core.tenancy.ActingForCompany;

/**
 * Scores every completed interview: the completion's transaction schedules a durable job, which
 * reads the interview (one transaction), runs the analysis the company chose outside any transaction (a model may take
 * seconds per answer, holding no connection meanwhile), then writes the scorecard and its
 * {@code scorecard.ready} event (another), acting for the interview's company as a request of that
 * company would. Retried with backoff if it fails; never two scorecards for one interview.
 */
@ApplicationScoped
public class InterviewScoring implements JobType {

    static final String JOB_NAME = "interview-scoring";

    @Inject
    Jobs jobs;

    @Inject
    Scorecards scorecards;

    @Inject
    ConfiguredAnalysis analysis;

    @Inject
    CompanyPreferences preferences;

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
        company.run(due.tenantId(), () -> scorecards.toScore(due.assignmentId()).ifPresent(interview ->
                scorecards.record(due.assignmentId(),
                        analysis.analysisFor(preferences.current().analysisProvider()).assess(interview))));
    }
}
