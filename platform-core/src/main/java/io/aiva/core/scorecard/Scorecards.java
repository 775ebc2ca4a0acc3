package io.aiva.core.scorecard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.InvalidInputException;
import io.aiva.core.RuleViolationException;
import io.aiva.core.StaleVersionException;
import io.aiva.core.analysis.AnsweredQuestion;
import io.aiva.core.analysis.InterviewAssessment;
import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentStatus;
import io.aiva.core.audit.Actor;
import io.aiva.core.audit.AuditTrail;
import io.aiva.core.audit.CurrentActor;
import io.aiva.core.event.Events;
import io.aiva.core.session.Answer;
import io.aiva.core.session.InterviewRecord;
import io.aiva.core.session.InterviewRecords;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.TenantData;

/** The current company's scorecards. */
@ApplicationScoped
public class Scorecards {

    /** A completed interview's scorecard: empty while the analysis has not written it (pending). */
    public record Reading(UUID assignmentId, Optional<Scorecard> scorecard) {
    }

    @Inject
    TenantData data;

    @Inject
    InterviewRecords records;


    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentTenant tenant;

    private final Clock clock = Clock.systemUTC();

    /** Empty when the company has no such assignment or it is not completed. */
    @Transactional
    public Optional<Reading> forAssignment(UUID assignmentId) {
        EntityManager entityManager = data.forCurrentTenant();
        Assignment assignment = entityManager.find(Assignment.class, assignmentId);
        if (assignment == null || assignment.status() != AssignmentStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new Reading(assignmentId, existing(entityManager, assignmentId)));
    }

    /**
     * The completed interview as the analysis needs it (each question as it was asked, with its last
     * answer), or empty when there is nothing to score: the assignment is not completed, or it has
     * its scorecard already (a job retried after a crash).
     */
    @Transactional
    public Optional<List<AnsweredQuestion>> toScore(UUID assignmentId) {
        EntityManager entityManager = data.forCurrentTenant();
        Assignment assignment = entityManager.find(Assignment.class, assignmentId);
        if (assignment == null || assignment.status() != AssignmentStatus.COMPLETED || existing(entityManager, assignmentId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(records.forAssignment(assignmentId).map(InterviewRecord::questions).orElse(List.of())
                .stream().map(asked -> new AnsweredQuestion(asked.question().ordinal(), asked.question().content(),
                        asked.answers().stream().max(Comparator.comparingInt(Answer::attempt)).map(Answer::content)))
                .toList());
    }

    /**
     * Writes the interview's scorecard and its {@code scorecard.ready} event in one transaction;
     * does nothing when another server wrote it meanwhile.
     */
    @Transactional
    public void record(UUID assignmentId, InterviewAssessment assessment) {
        EntityManager entityManager = data.forCurrentTenant();
        Assignment assignment = entityManager.find(Assignment.class, assignmentId);
        if (assignment == null || existing(entityManager, assignmentId).isPresent()) {
            return;
        }
        entityManager.persist(new Scorecard(UUID.randomUUID(), assignmentId, assessment, clock.instant()));
        Map<String, Object> eventData = new LinkedHashMap<>();
        eventData.put("assignmentId", assignmentId.toString());
        eventData.put("candidateId", assignment.candidateId().toString());
        eventData.put("overallScore", assessment.overallScore());
        eventData.put("recommendation", assessment.recommendation());
        eventData.put("provider", assessment.provider());
        assignment.externalReference().ifPresent(reference -> eventData.put("externalReference", reference));
        events.record(Events.SCORECARD_READY, assignmentId, eventData);
    }

    /**
     * Records a person's review of a ready scorecard (replacing an earlier one), if the scorecard is
     * still at {@code expectedVersion} when one is given, with its {@code scorecard.reviewed} event
     * and an audit entry naming the reviewer. Empty when the company has no completed interview
     * with this id.
     *
     * @throws RuleViolationException while the scorecard is pending
     * @throws InvalidInputException when a changed score names no question of the interview, or one twice
     * @throws StaleVersionException when someone reviewed it since that version
     */
    @Transactional
    public Optional<Reading> review(UUID assignmentId, OptionalLong expectedVersion, ScorecardReview review) {
        Optional<Reading> reading = forAssignment(assignmentId);
        if (reading.isEmpty()) {
            return reading;
        }
        Scorecard scorecard = reading.get().scorecard().orElseThrow(() -> new RuleViolationException(
                "The analysis has not scored this interview yet; review it once its scorecard is ready."));
        StaleVersionException.refuseStale(expectedVersion, scorecard.version());
        refuseUnknownQuestions(scorecard, review);
        Actor reviewer = actor.get();
        scorecard.review(review, reviewer.id(), reviewer.name(), clock.instant());
        Assignment assignment = data.forCurrentTenant().find(Assignment.class, assignmentId);
        Map<String, Object> eventData = new LinkedHashMap<>();
        eventData.put("assignmentId", assignmentId.toString());
        eventData.put("candidateId", assignment.candidateId().toString());
        eventData.put("decision", review.decision().name().toLowerCase(Locale.ROOT));
        eventData.put("recommendation", scorecard.recommendation());
        eventData.put("overallScore", scorecard.overallScore());
        scorecard.reviewedOverallScore().ifPresent(score -> eventData.put("reviewedOverallScore", score));
        assignment.externalReference().ifPresent(reference -> eventData.put("externalReference", reference));
        events.record(Events.SCORECARD_REVIEWED, assignmentId, eventData);
        audit.record(tenant.id().orElseThrow(), AuditTrail.SCORECARD_REVIEWED, "assignment " + assignmentId,
                "decision " + review.decision().name().toLowerCase(Locale.ROOT) + ", " + review.overrides().size()
                        + " score(s) changed; the analysis recommended " + scorecard.recommendation());
        data.forCurrentTenant().flush();
        return Optional.of(new Reading(assignmentId, Optional.of(scorecard)));
    }

    private static void refuseUnknownQuestions(Scorecard scorecard, ScorecardReview review) {
        Set<Integer> asked = scorecard.details().map(details -> details.questions().stream()
                .map(ScorecardDetails.Question::ordinal).collect(Collectors.toSet())).orElse(Set.of());
        List<InvalidInputException.Issue> issues = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < review.overrides().size(); i++) {
            int ordinal = review.overrides().get(i).ordinal();
            if (!asked.contains(ordinal)) {
                issues.add(new InvalidInputException.Issue("/overrides/" + i + "/ordinal", "is not a question of this interview"));
            } else if (!seen.add(ordinal)) {
                issues.add(new InvalidInputException.Issue("/overrides/" + i + "/ordinal", "changes the same question twice"));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
    }

    static Optional<Scorecard> existing(EntityManager entityManager, UUID assignmentId) {
        return entityManager.createQuery("SELECT s FROM Scorecard s WHERE s.assignmentId = :assignment", Scorecard.class)
                .setParameter("assignment", assignmentId).getResultStream().findFirst();
    }
}
