package io.aiva.core.scorecard;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentStatus;
import io.aiva.core.tenancy.TenantData;

/** The current company's scorecards. */
@ApplicationScoped
public class Scorecards {

    /** A completed interview's scorecard: empty while the analysis has not written it (pending). */
    public record Reading(UUID assignmentId, Optional<Scorecard> scorecard) {
    }

    @Inject
    TenantData data;

    /** Empty when the company has no such assignment or it is not completed. */
    @Transactional
    public Optional<Reading> forAssignment(UUID assignmentId) {
        EntityManager entityManager = data.forCurrentTenant();
        Assignment assignment = entityManager.find(Assignment.class, assignmentId);
        if (assignment == null || assignment.status() != AssignmentStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new Reading(assignmentId, entityManager.createQuery(
                "SELECT s FROM Scorecard s WHERE s.assignmentId = :assignment", Scorecard.class)
                .setParameter("assignment", assignmentId).getResultStream().findFirst()));
    }
}
