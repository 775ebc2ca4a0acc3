package io.aiva.core.template;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.aiva.core.question.Question;
import io.aiva.core.question.QuestionType;

/** The active questions a selection rule may pick from, in the interview's language. */
public final class RuleCandidates {

    private RuleCandidates() {
    }

    /** What the question engine needs of a candidate question: no content, which is large JSON. */
    public record Summary(UUID questionId, UUID translationGroup, String competency, int difficulty) {
    }

    public static List<Summary> summaries(EntityManager entityManager, String language, SelectionRule rule) {
        return query(entityManager, "SELECT q.id, q.translationGroup, q.competency, q.difficulty", Object[].class, language, rule)
                .getResultList().stream()
                .map(row -> new Summary((UUID) row[0], (UUID) row[1], (String) row[2], ((Number) row[3]).intValue()))
                .toList();
    }

    static long count(EntityManager entityManager, String language, SelectionRule rule) {
        return query(entityManager, "SELECT COUNT(q)", Long.class, language, rule).getSingleResult();
    }

    private static <T> TypedQuery<T> query(EntityManager entityManager, String select, Class<T> result, String language,
            SelectionRule rule) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Question q WHERE q.status = :active"
                + " AND q.language = :language AND q.difficulty BETWEEN :min AND :max");
        if (!rule.competencies().isEmpty()) {
            jpql.append(" AND q.competency IN :competencies");
        }
        if (!rule.types().isEmpty()) {
            jpql.append(" AND q.type IN :types");
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), result)
                .setParameter("active", Question.Status.ACTIVE)
                .setParameter("language", language)
                .setParameter("min", rule.minDifficulty())
                .setParameter("max", rule.maxDifficulty());
        if (!rule.competencies().isEmpty()) {
            query.setParameter("competencies", rule.competencies());
        }
        if (!rule.types().isEmpty()) {
            query.setParameter("types", rule.types().stream().map(QuestionType::code).toList());
        }
        return query;
    }
}
