package io.aiva.core.template;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.aiva.core.InvalidInputException;
import io.aiva.core.StaleVersionException;
import io.aiva.core.StoredTime;
import io.aiva.core.paging.Position;
import io.aiva.core.question.Question;
import io.aiva.core.tenancy.TenantData;

/**
 * The current company's interview templates. A plan is checked against the company's bank when it
 * is written: every fixed question exists, is active and speaks the template's language, and every
 * rule has at least as many questions to pick from as it asks.
 */
@ApplicationScoped
public class Templates {

    @Inject
    TenantData data;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public InterviewTemplate create(TemplatePlan plan) {
        EntityManager entityManager = data.forCurrentTenant();
        refuseUnworkable(entityManager, plan);
        InterviewTemplate template = new InterviewTemplate(UUID.randomUUID(), plan, clock.instant());
        entityManager.persist(template);
        return template;
    }

    @Transactional
    public Optional<InterviewTemplate> find(UUID id) {
        return Optional.ofNullable(data.forCurrentTenant().find(InterviewTemplate.class, id));
    }

    @Transactional
    public List<InterviewTemplate> page(InterviewTemplate.Status status, String jobRole, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM InterviewTemplate t WHERE t.status = :status");
        if (jobRole != null) {
            jpql.append(" AND t.jobRole = :jobRole");
        }
        if (after != null) {
            jpql.append(" AND (t.createdAt < :at OR (t.createdAt = :at AND t.id < :id))");
        }
        jpql.append(" ORDER BY t.createdAt DESC, t.id DESC");
        TypedQuery<InterviewTemplate> query = data.forCurrentTenant().createQuery(jpql.toString(), InterviewTemplate.class)
                .setParameter("status", status == null ? InterviewTemplate.Status.ACTIVE : status);
        if (jobRole != null) {
            query.setParameter("jobRole", jobRole);
        }
        if (after != null) {
            query.setParameter("at", StoredTime.of(after.at())).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** @throws StaleVersionException when someone changed the template since {@code expectedVersion} */
    @Transactional
    public Optional<InterviewTemplate> change(UUID id, OptionalLong expectedVersion, TemplatePlan plan) {
        EntityManager entityManager = data.forCurrentTenant();
        InterviewTemplate template = entityManager.find(InterviewTemplate.class, id);
        if (template == null) {
            return Optional.empty();
        }
        StaleVersionException.refuseStale(expectedVersion, template.version());
        refuseUnworkable(entityManager, plan);
        template.apply(plan, clock.instant());
        entityManager.flush();
        return Optional.of(template);
    }

    @Transactional
    public boolean archive(UUID id) {
        InterviewTemplate template = data.forCurrentTenant().find(InterviewTemplate.class, id);
        if (template == null) {
            return false;
        }
        template.archive(clock.instant());
        return true;
    }

    private static void refuseUnworkable(EntityManager entityManager, TemplatePlan plan) {
        List<InvalidInputException.Issue> issues = new ArrayList<>();
        for (int s = 0; s < plan.sections().size(); s++) {
            Section section = plan.sections().get(s);
            String at = "/sections/" + s;
            if ((section.questionIds() == null) == (section.rule() == null)) {
                issues.add(new InvalidInputException.Issue(at, "needs either questionIds or a rule, not both"));
            } else if (section.rule() != null) {
                checkRule(entityManager, plan.language(), section.rule(), at + "/rule", issues);
            } else {
                checkQuestions(entityManager, plan.language(), section.questionIds(), at + "/questionIds", issues);
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
    }

    private static void checkQuestions(EntityManager entityManager, String language, List<UUID> ids, String at,
            List<InvalidInputException.Issue> issues) {
        for (int i = 0; i < ids.size(); i++) {
            Question question = entityManager.find(Question.class, ids.get(i));
            if (question == null) {
                issues.add(new InvalidInputException.Issue(at + "/" + i, "is not a question of your company"));
            } else if (question.status() != Question.Status.ACTIVE) {
                issues.add(new InvalidInputException.Issue(at + "/" + i, "is an archived question"));
            } else if (!question.content().language().equals(language)) {
                issues.add(new InvalidInputException.Issue(at + "/" + i, "is in " + question.content().language()
                        + ", not in the template's language " + language));
            } else if (ids.indexOf(ids.get(i)) != i) {
                issues.add(new InvalidInputException.Issue(at + "/" + i, "is already in the section"));
            }
        }
    }

    private static void checkRule(EntityManager entityManager, String language, SelectionRule rule, String at,
            List<InvalidInputException.Issue> issues) {
        if (rule.minDifficulty() > rule.maxDifficulty()) {
            issues.add(new InvalidInputException.Issue(at + "/minDifficulty", "is above maxDifficulty"));
            return;
        }
        if (rule.startDifficulty() < rule.minDifficulty() || rule.startDifficulty() > rule.maxDifficulty()) {
            issues.add(new InvalidInputException.Issue(at + "/startDifficulty", "is outside minDifficulty..maxDifficulty"));
            return;
        }
        long available = RuleCandidates.count(entityManager, language, rule);
        if (available < rule.count()) {
            issues.add(new InvalidInputException.Issue(at + "/count", "asks for " + rule.count() + " questions but only "
                    + available + " active " + language + " questions match the rule"));
        }
    }
}
