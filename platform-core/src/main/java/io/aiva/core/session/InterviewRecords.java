package io.aiva.core.session;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.assignment.Assignment;
import io.aiva.core.tenancy.TenantData;

/** The current company's view of its candidates' interviews: what was asked and answered. */
@ApplicationScoped
public class InterviewRecords {

    @Inject
    TenantData data;

    /** Empty when the company has no such assignment, or its candidate has not opened the link yet. */
    @Transactional
    public Optional<InterviewRecord> forAssignment(UUID assignmentId) {
        EntityManager entityManager = data.forCurrentTenant();
        Assignment assignment = entityManager.find(Assignment.class, assignmentId);
        if (assignment == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT s FROM InterviewSession s WHERE s.assignmentId = :assignment",
                InterviewSession.class).setParameter("assignment", assignmentId).getResultStream().findFirst()
                .map(session -> new InterviewRecord(session, questions(entityManager, assignment, session)));
    }

    private static List<AskedWithAnswers> questions(EntityManager entityManager, Assignment assignment, InterviewSession session) {
        List<SessionQuestion> asked = entityManager.createQuery(
                "SELECT q FROM SessionQuestion q WHERE q.sessionId = :session ORDER BY q.ordinal", SessionQuestion.class)
                .setParameter("session", session.id()).getResultList();
        Map<UUID, List<Answer>> answers = entityManager.createQuery(
                "SELECT a FROM Answer a WHERE a.sessionQuestionId IN (SELECT q.id FROM SessionQuestion q WHERE q.sessionId = :session)",
                Answer.class).setParameter("session", session.id()).getResultList().stream()
                .sorted(Comparator.comparingInt(Answer::attempt))
                .collect(Collectors.groupingBy(Answer::sessionQuestionId));
        return asked.stream().map(question -> new AskedWithAnswers(question,
                assignment.plan().sections().get(question.sectionIndex()).title(),
                answers.getOrDefault(question.id(), List.of()))).toList();
    }
}
