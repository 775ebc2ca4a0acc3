package io.aiva.core.greenhouse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.aiva.core.assignment.AssignmentJob;
import io.aiva.core.event.EventRecorded;
import io.aiva.core.event.Events;
import io.aiva.core.job.Jobs;
import io.aiva.core.scorecard.Scorecard;
import io.aiva.core.scorecard.Scorecards;
import io.aiva.core.tenancy.TenantData;

/**
 * The state of telling Greenhouse that its tests are complete: due when the scorecard is ready, and
 * again when a review changes the score Greenhouse filters by; each attempt's outcome kept.
 */
@ApplicationScoped
public class GreenhouseCallbacks {

    static final int ATTEMPT_LIMIT = 8;

    @Inject
    TenantData data;

    @Inject
    Jobs jobs;

    @Inject
    Scorecards scorecards;

    @Inject
    GreenhouseIntegration integration;

    private final Clock clock = Clock.systemUTC();

    /** In the transaction of the scorecard's event: a test Greenhouse sent is told of it once that commits. */
    void scheduleOnScorecard(@Observes EventRecorded recorded) {
        String type = recorded.event().type();
        if (!Events.SCORECARD_READY.equals(type) && !Events.SCORECARD_REVIEWED.equals(type)) {
            return;
        }
        GreenhouseTest test = data.forTenant(recorded.tenantId()).find(GreenhouseTest.class, recorded.event().subjectId());
        if (test != null) {
            due(recorded.tenantId(), test);
        }
    }

    /** Tests whose completion waited for a callback credential are told now that there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    void resumeWaitingForCredential(UUID tenantId) {
        List<GreenhouseTest> waiting = data.forTenant(tenantId)
                .createQuery("SELECT g FROM GreenhouseTest g WHERE g.callbackStatus = :waiting", GreenhouseTest.class)
                .setParameter("waiting", CallbackStatus.CREDENTIAL_MISSING).getResultList();
        waiting.forEach(test -> due(tenantId, test));
    }

    /**
     * What to tell Greenhouse about this assignment now: empty when there is nothing new (no
     * scorecard yet, or Greenhouse already has this score) or no credential to say it with, which is
     * noted so that it is sent once one is set.
     */
    @Transactional
    Optional<CallbackOrder> order(UUID assignmentId) {
        GreenhouseTest test = data.forCurrentTenant().find(GreenhouseTest.class, assignmentId);
        if (test == null) {
            return Optional.empty();
        }
        Optional<Scorecard> scorecard = scorecards.forAssignment(assignmentId).flatMap(Scorecards.Reading::scorecard);
        if (scorecard.isEmpty()) {
            return Optional.empty();
        }
        int score = GreenhouseStatus.score(scorecard.get());
        if (test.callbackStatus() == CallbackStatus.DELIVERED && test.reportedScore().equals(OptionalInt.of(score))) {
            return Optional.empty();
        }
        Optional<String> credential = integration.credential(integration.currentSettings());
        if (credential.isEmpty()) {
            test.credentialMissing();
            return Optional.empty();
        }
        return Optional.of(new CallbackOrder(test.callbackUrl(), credential.get(), score));
    }

    @Transactional
    void delivered(UUID assignmentId, int statusCode, int score) {
        find(assignmentId).ifPresent(test -> test.delivered(statusCode, score, clock.instant()));
    }

    @Transactional
    void refused(UUID assignmentId, Integer statusCode, String error) {
        find(assignmentId).ifPresent(test -> test.refused(statusCode, error, clock.instant()));
    }

    /** @return whether another attempt is due */
    @Transactional
    boolean failed(UUID assignmentId, Integer statusCode, String error) {
        return find(assignmentId).map(test -> {
            test.failed(statusCode, error, clock.instant(), ATTEMPT_LIMIT);
            return test.callbackStatus() == CallbackStatus.PENDING;
        }).orElse(false);
    }

    /** The state of a test's completion callback, for its company. */
    @Transactional
    public Optional<GreenhouseTest> find(UUID assignmentId) {
        return Optional.ofNullable(data.forCurrentTenant().find(GreenhouseTest.class, assignmentId));
    }

    private void due(UUID tenantId, GreenhouseTest test) {
        test.callbackDue();
        Instant now = clock.instant();
        jobs.schedule(AssignmentJob.of(GreenhouseCompletion.JOB_NAME, tenantId, test.assignmentId()), now);
    }
}
