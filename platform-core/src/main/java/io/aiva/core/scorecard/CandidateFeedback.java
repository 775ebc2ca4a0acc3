package io.aiva.core.scorecard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.RuleViolationException;
import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentStatus;
import io.aiva.core.company.CompanyPreferences;
import io.aiva.core.session.InterviewSession;
import io.aiva.core.tenancy.TenantData;

/**
 * What a candidate may read of their scorecard, when their company shares it: per question, what a
 * stronger answer would have covered. Never the scores, the recommendation, the integrity signals,
 * the hidden tests or a reviewer's notes: those are the company's.
 */
@ApplicationScoped
public class CandidateFeedback {

    /** {@code questions} is empty until the interview is scored. */
    public record Feedback(boolean ready, List<QuestionFeedback> questions) {
    }

    public record QuestionFeedback(int ordinal, String title, Optional<String> suggestion) {
    }

    @Inject
    TenantData data;

    @Inject
    CompanyPreferences preferences;

    /**
     * The feedback of the interview of a session of the current company, or empty when the company
     * does not share feedback with its candidates.
     *
     * @throws RuleViolationException before the interview is completed
     */
    @Transactional
    public Optional<Feedback> forSession(UUID sessionId) {
        if (!preferences.current().candidatesSeeSuggestions()) {
            return Optional.empty();
        }
        EntityManager entityManager = data.forCurrentTenant();
        InterviewSession session = entityManager.find(InterviewSession.class, sessionId);
        Assignment assignment = entityManager.find(Assignment.class, session.assignmentId());
        if (assignment.status() != AssignmentStatus.COMPLETED) {
            throw new RuleViolationException("Feedback comes once the interview is completed.");
        }
        return Optional.of(Scorecards.existing(entityManager, assignment.id()).flatMap(Scorecard::details)
                .map(details -> new Feedback(true, details.questions().stream().map(question -> new QuestionFeedback(
                        question.ordinal(), question.title(), Optional.ofNullable(question.suggestion()))).toList()))
                .orElse(new Feedback(false, List.of())));
    }
}
