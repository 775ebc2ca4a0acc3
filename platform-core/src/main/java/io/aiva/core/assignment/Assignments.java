package io.aiva.core.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.core.InvalidInputException;
import io.aiva.core.RuleViolationException;
import io.aiva.core.StoredTime;
import io.aiva.core.candidate.Candidate;
import io.aiva.core.event.Events;
import io.aiva.core.job.Jobs;
import io.aiva.core.paging.Position;
import io.aiva.core.template.InterviewTemplate;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.TenantData;
import io.aiva.core.tenancy.Tenants;

/**
 * The current company's assignments. Each change and its event are committed together. An open
 * assignment is expired at its deadline by a job scheduled with it ({@link AssignmentExpiry}), or
 * when read past its deadline before that job has run (assignments made before the job existed).
 */
@ApplicationScoped
public class Assignments {

    static final Duration DEFAULT_DEADLINE = Duration.ofDays(7);
    static final Duration LONGEST_DEADLINE = Duration.ofDays(365);

    @Inject
    TenantData data;

    @Inject
    CurrentTenant tenant;

    @Inject
    Events events;

    @Inject
    LaunchLinks links;

    @Inject
    Tenants tenants;

    @Inject
    Jobs jobs;

    @Inject
    @ConfigProperty(name = "aiva.launch-links.hours", defaultValue = "72")
    long linkHours;

    private final Clock clock = Clock.systemUTC();

    /**
     * @throws InvalidInputException when the candidate or template is not the company's (or the
     *                               template is archived) or the deadline is not in the coming year
     */
    @Transactional
    public IssuedAssignment assign(NewAssignment request) {
        EntityManager entityManager = data.forCurrentTenant();
        Instant now = clock.instant();
        Instant deadline = request.deadline() == null ? now.plus(DEFAULT_DEADLINE) : request.deadline();
        List<InvalidInputException.Issue> issues = new ArrayList<>();
        Candidate candidate = entityManager.find(Candidate.class, request.candidateId());
        if (candidate == null) {
            issues.add(new InvalidInputException.Issue("/candidateId", "is not a candidate of your company"));
        }
        InterviewTemplate template = entityManager.find(InterviewTemplate.class, request.templateId());
        if (template == null) {
            issues.add(new InvalidInputException.Issue("/templateId", "is not a template of your company"));
        } else if (template.status() != InterviewTemplate.Status.ACTIVE) {
            issues.add(new InvalidInputException.Issue("/templateId", "is an archived template"));
        }
        if (!deadline.isAfter(now) || deadline.isAfter(now.plus(LONGEST_DEADLINE))) {
            issues.add(new InvalidInputException.Issue("/deadline", "must be in the future and within a year"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
        Assignment assignment = new Assignment(UUID.randomUUID(), candidate.id(), template.id(), template.plan().name(),
                template.plan(), deadline, request.externalReference(), now);
        IssuedAssignment issued = withNewLink(assignment, now);
        entityManager.persist(assignment);
        events.record(Events.ASSIGNMENT_CREATED, assignment.id(), eventData(assignment));
        jobs.schedule(AssignmentExpiry.job(tenant.id().orElseThrow(), assignment.id()), deadline);
        return issued;
    }

    @Transactional
    public Optional<Assignment> find(UUID id) {
        return Optional.ofNullable(data.forCurrentTenant().find(Assignment.class, id)).map(this::expiredIfDue);
    }

    /** Expires the assignment, with its event, if it is still open past its deadline; nothing otherwise. */
    @Transactional
    public void expireIfDue(UUID id) {
        find(id);
    }

    /** Newest first. */
    @Transactional
    public List<Assignment> page(AssignmentFilter filter, Position after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Assignment a WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            expireDue();
            jpql.append(" AND a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.candidateId() != null) {
            jpql.append(" AND a.candidateId = :candidate");
            parameters.put("candidate", filter.candidateId());
        }
        if (filter.templateId() != null) {
            jpql.append(" AND a.templateId = :template");
            parameters.put("template", filter.templateId());
        }
        if (filter.externalReference() != null) {
            jpql.append(" AND a.externalReference = :reference");
            parameters.put("reference", filter.externalReference());
        }
        if (after != null) {
            jpql.append(" AND (a.createdAt < :at OR (a.createdAt = :at AND a.id < :id))");
            parameters.put("at", StoredTime.of(after.at()));
            parameters.put("id", after.id());
        }
        jpql.append(" ORDER BY a.createdAt DESC, a.id DESC");
        TypedQuery<Assignment> query = data.forCurrentTenant().createQuery(jpql.toString(), Assignment.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(this::expiredIfDue).toList();
    }

    /** @throws RuleViolationException when the assignment has already ended */
    @Transactional
    public Optional<Assignment> cancel(UUID id, String reason) {
        return find(id).map(assignment -> {
            refuseEnded(assignment, "canceled");
            assignment.ended(AssignmentStatus.CANCELED, reason, clock.instant());
            events.record(Events.ASSIGNMENT_CANCELED, assignment.id(), eventData(assignment));
            return assignment;
        });
    }

    /**
     * A new launch link for an open assignment; the one before stops working.
     *
     * @throws RuleViolationException when the assignment has already ended
     */
    @Transactional
    public Optional<IssuedAssignment> reissueLink(UUID id) {
        return find(id).map(assignment -> {
            refuseEnded(assignment, "sent again");
            return withNewLink(assignment, clock.instant());
        });
    }

    /**
     * Opens an assignment with a verified launch link of the current company: the link must be the
     * assignment's current one, unused, and the assignment open. The first opening starts it.
     *
     * @throws InvalidLaunchLinkException when the link cannot open it (an expiry found on the way is kept)
     */
    @Transactional(dontRollbackOn = InvalidLaunchLinkException.class)
    public Assignment openWithLink(LaunchLink link) {
        Assignment assignment = find(link.assignmentId()).orElseThrow(() -> new InvalidLaunchLinkException(
                InvalidLaunchLinkException.Reason.INVALID, "This is not a valid interview link."));
        if (!assignment.status().open()) {
            throw new InvalidLaunchLinkException(InvalidLaunchLinkException.Reason.CLOSED,
                    "This interview is " + assignment.status().name().toLowerCase() + " and can no longer be taken.");
        }
        if (!assignment.launchLinkId().equals(link.linkId()) || assignment.launchLinkUsed()) {
            throw new InvalidLaunchLinkException(InvalidLaunchLinkException.Reason.USED,
                    "This interview link was used already or replaced by a newer one; use the newest link you received.");
        }
        Instant now = clock.instant();
        assignment.launchLinkUsed(now);
        if (assignment.status() == AssignmentStatus.INVITED) {
            assignment.started(now);
            events.record(Events.ASSIGNMENT_STARTED, assignment.id(), eventData(assignment));
        }
        return assignment;
    }

    /** Marks an open assignment completed, with its event (which the analysis picks up). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Assignment assignment) {
        assignment.ended(AssignmentStatus.COMPLETED, null, clock.instant());
        events.record(Events.ASSIGNMENT_COMPLETED, assignment.id(), eventData(assignment));
    }

    private IssuedAssignment withNewLink(Assignment assignment, Instant now) {
        Instant expires = now.plus(Duration.ofHours(linkHours));
        if (expires.isAfter(assignment.deadline())) {
            expires = assignment.deadline();
        }
        LaunchLink link = new LaunchLink(tenant.id().orElseThrow(), assignment.id(), UUID.randomUUID(), expires);
        assignment.newLaunchLink(link.linkId(), expires, now);
        return new IssuedAssignment(assignment, links.url(link, tenants.current().slug()), expires);
    }

    private Assignment expiredIfDue(Assignment assignment) {
        Instant now = clock.instant();
        if (assignment.status().open() && !now.isBefore(assignment.deadline())) {
            assignment.ended(AssignmentStatus.EXPIRED, null, now);
            events.record(Events.ASSIGNMENT_EXPIRED, assignment.id(), eventData(assignment));
        }
        return assignment;
    }

    /** So that a list by status sees the assignments that expired since they were last read. */
    private void expireDue() {
        data.forCurrentTenant().createQuery("SELECT a FROM Assignment a WHERE a.status IN :open AND a.deadline <= :now",
                Assignment.class)
                .setParameter("open", List.of(AssignmentStatus.INVITED, AssignmentStatus.STARTED))
                .setParameter("now", StoredTime.of(clock.instant()))
                .getResultList().forEach(this::expiredIfDue);
    }

    private static void refuseEnded(Assignment assignment, String what) {
        if (!assignment.status().open()) {
            throw new RuleViolationException("This assignment is " + assignment.status().name().toLowerCase()
                    + " and cannot be " + what + ".");
        }
    }

    static Map<String, Object> eventData(Assignment assignment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assignmentId", assignment.id().toString());
        data.put("candidateId", assignment.candidateId().toString());
        data.put("templateId", assignment.templateId().toString());
        data.put("status", assignment.status().name().toLowerCase());
        assignment.externalReference().ifPresent(reference -> data.put("externalReference", reference));
        return data;
    }
}
