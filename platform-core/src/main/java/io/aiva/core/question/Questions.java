package io.aiva.core.question;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.aiva.core.RuleViolationException;
import io.aiva.core.StaleVersionException;
import io.aiva.core.StoredTime;
import io.aiva.core.paging.Position;
import io.aiva.core.tenancy.TenantData;

/** The current company's question bank. */
@ApplicationScoped
public class Questions {

    @Inject
    TenantData data;

    private final Clock clock = Clock.systemUTC();

    /** A question the company writes itself. */
    @Transactional
    public Question create(QuestionContent content) {
        UUID id = UUID.randomUUID();
        Question question = new Question(id, Question.Source.CUSTOM, null, id, content, clock.instant());
        data.forCurrentTenant().persist(question);
        return question;
    }

    @Transactional
    public Optional<Question> find(UUID id) {
        return Optional.ofNullable(data.forCurrentTenant().find(Question.class, id));
    }

    /** Newest first, then by id; library questions all came at onboarding. */
    @Transactional
    public List<Question> page(QuestionFilter filter, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT q FROM Question q WHERE q.status = :status");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("status", filter.status() == null ? Question.Status.ACTIVE : filter.status());
        condition(jpql, parameters, "q.type = :type", "type", filter.type() == null ? null : filter.type().code());
        condition(jpql, parameters, "q.competency = :competency", "competency", filter.competency());
        condition(jpql, parameters, "q.difficulty = :difficulty", "difficulty", filter.difficulty());
        condition(jpql, parameters, "q.language = :language", "language", filter.language());
        condition(jpql, parameters, "q.source = :source", "source", filter.source());
        condition(jpql, parameters, "q.jobRoles LIKE :jobRole", "jobRole",
                filter.jobRole() == null ? null : "%\"" + likeLiteral(filter.jobRole()) + "\"%");
        condition(jpql, parameters, "(LOWER(q.title) LIKE :text OR LOWER(q.prompt) LIKE :text)", "text",
                filter.text() == null ? null : "%" + likeLiteral(filter.text().toLowerCase(Locale.ROOT)) + "%");
        if (after != null) {
            jpql.append(" AND (q.createdAt < :at OR (q.createdAt = :at AND q.id < :id))");
            parameters.put("at", StoredTime.of(after.at()));
            parameters.put("id", after.id());
        }
        jpql.append(" ORDER BY q.createdAt DESC, q.id DESC");
        TypedQuery<Question> query = data.forCurrentTenant().createQuery(jpql.toString(), Question.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Replaces the content of one of the company's own questions, if still at {@code expectedVersion}.
     *
     * @throws RuleViolationException for a library question, which is read-only
     * @throws StaleVersionException  when someone changed it since that version
     */
    @Transactional
    public Optional<Question> change(UUID id, OptionalLong expectedVersion, QuestionContent content) {
        Question question = data.forCurrentTenant().find(Question.class, id);
        if (question == null) {
            return Optional.empty();
        }
        refuseLibrary(question);
        StaleVersionException.refuseStale(expectedVersion, question.version());
        question.apply(content, clock.instant());
        data.forCurrentTenant().flush();
        return Optional.of(question);
    }

    /** A new question of the company's own, with the content of {@code id}, to edit at will. */
    @Transactional
    public Optional<Question> copy(UUID id) {
        return find(id).map(original -> create(original.content()));
    }

    /** Offered no more; kept for the templates and interviews that use it. */
    @Transactional
    public boolean archive(UUID id) {
        Question question = data.forCurrentTenant().find(Question.class, id);
        if (question == null) {
            return false;
        }
        question.archive(clock.instant());
        return true;
    }

    private static void refuseLibrary(Question question) {
        if (question.source() == Question.Source.LIBRARY) {
            throw new RuleViolationException("Questions of the AIVA library are read-only; copy this one and edit the copy.");
        }
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(clause);
            parameters.put(name, value);
        }
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
