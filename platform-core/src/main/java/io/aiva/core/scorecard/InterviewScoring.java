package io.aiva.core.scorecard;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.kagkarlsson.scheduler.task.Task;

import io.aiva.core.analysis.ConfiguredAnalysis;
import io.aiva.core.assignment.AssignmentJob;
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
    private Task<AssignmentJob.Due> task;

    @PostConstruct
    void defineTask() {
        task = AssignmentJob.task(JOB_NAME, company, this::score);
    }

    @Override
    public Task<?> task() {
        return task;
    }

    void scheduleOnCompletion(@Observes EventRecorded recorded) {
        if (Events.ASSIGNMENT_COMPLETED.equals(recorded.event().type())) {
            UUID assignmentId = recorded.event().subjectId();
            jobs.schedule(AssignmentJob.of(JOB_NAME, recorded.tenantId(), assignmentId), clock.instant());
        }
    }

    private void score(UUID assignmentId) {
        scorecards.toScore(assignmentId).ifPresent(interview -> scorecards.record(assignmentId,
                analysis.analysisFor(preferences.current().analysisProvider()).assess(interview)));
    }
}
