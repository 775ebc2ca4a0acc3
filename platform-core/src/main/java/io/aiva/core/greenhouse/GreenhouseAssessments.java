package io.aiva.core.greenhouse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.InvalidInputException;
import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentStatus;
import io.aiva.core.assignment.Assignments;
import io.aiva.core.assignment.InvitationMail;
import io.aiva.core.assignment.IssuedAssignment;
import io.aiva.core.assignment.NewAssignment;
import io.aiva.core.candidate.Candidate;
import io.aiva.core.candidate.CandidateDetails;
import io.aiva.core.candidate.CandidateFilter;
import io.aiva.core.candidate.Candidates;
import io.aiva.core.scorecard.Scorecards;
import io.aiva.core.template.InterviewTemplate;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.TenantData;

/**
 * The three calls Greenhouse makes about tests, for the company whose key it sent: the tests it may
 * send (active templates), sending one to a candidate, and a sent test's status.
 */
@ApplicationScoped
public class GreenhouseAssessments {

    static final String RESENT = "Sent again from Greenhouse";

    @Inject
    TenantData data;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Candidates candidates;

    @Inject
    Assignments assignments;

    @Inject
    Scorecards scorecards;

    @Inject
    InvitationMail invitations;

    @Inject
    GreenhouseIntegration integration;

    private final Clock clock = Clock.systemUTC();

    /** Every active template, by name; two of the same name are told apart by language and id. */
    @Transactional
    public List<PartnerTest> tests() {
        List<InterviewTemplate> active = data.forCurrentTenant()
                .createQuery("SELECT t FROM InterviewTemplate t WHERE t.status = :active", InterviewTemplate.class)
                .setParameter("active", InterviewTemplate.Status.ACTIVE).getResultList();
        Map<String, Long> sameName = active.stream().collect(Collectors.groupingBy(template -> template.plan().name(),
                Collectors.counting()));
        return active.stream()
                .sorted(Comparator.comparing((InterviewTemplate template) -> template.plan().name().toLowerCase(Locale.ROOT))
                        .thenComparing(InterviewTemplate::id))
                .map(template -> new PartnerTest(template.id().toString(), sameName.get(template.plan().name()) == 1
                        ? template.plan().name()
                        : template.plan().name() + " (" + template.plan().language() + ", " + template.id().toString().substring(0, 8) + ")"))
                .toList();
    }

    /**
     * Sends a test: the candidate (found by Greenhouse's person id, else made), an assignment of the
     * template, and the invitation e-mail, which goes once this commits. The same Greenhouse URL again
     * answers the same interview and mails nothing; a new URL for the same application and test
     * replaces the open interview sent before, so a candidate never holds two live ones.
     *
     * @throws InvalidInputException when a field Greenhouse must send is missing or unusable
     */
    @Transactional
    public SendOutcome send(SentTest sent, KeyHolder key) {
        sent.validate();
        Optional<String> refusal = integration.callbackRefusal(sent.url());
        if (refusal.isPresent()) {
            throw new InvalidInputException(List.of(new InvalidInputException.Issue("/url", refusal.get())));
        }
        EntityManager entityManager = data.forCurrentTenant();
        Optional<GreenhouseTest> earlier = entityManager.createQuery("SELECT g FROM GreenhouseTest g WHERE g.callbackUrl = :url",
                GreenhouseTest.class).setParameter("url", sent.url()).getResultStream().findFirst();
        if (earlier.isPresent()) {
            return new SendOutcome.Sent(earlier.get().assignmentId().toString());
        }
        Optional<InterviewTemplate> template = uuid(sent.partnerTestId()).map(id -> entityManager.find(InterviewTemplate.class, id))
                .filter(found -> found.status() == InterviewTemplate.Status.ACTIVE);
        if (template.isEmpty()) {
            return new SendOutcome.UnknownTest();
        }
        if (!invitations.available()) {
            return new SendOutcome.MailDisabled();
        }
        sent.applicationId().ifPresent(application -> replaceOpen(entityManager, application, template.get().id()));
        Candidate candidate = candidate(sent);
        Instant now = clock.instant();
        IssuedAssignment issued = assignments.assign(new NewAssignment(candidate.id(), template.get().id(),
                now.plus(Duration.ofDays(integration.currentSettings().deadlineDays())),
                sent.applicationId().map(application -> "greenhouse-application-" + application).orElse(null)));
        UUID assignmentId = issued.assignment().id();
        entityManager.persist(new GreenhouseTest(assignmentId, sent, key.keyId(), now));
        invitations.schedule(currentTenant.id().orElseThrow(), assignmentId);
        return new SendOutcome.Sent(assignmentId.toString());
    }

    /** A test's status; empty when the id names no test Greenhouse sent to this company. */
    @Transactional
    public Optional<TestStatus> status(String partnerInterviewId) {
        Optional<UUID> id = uuid(partnerInterviewId);
        if (id.isEmpty() || data.forCurrentTenant().find(GreenhouseTest.class, id.get()) == null) {
            return Optional.empty();
        }
        return assignments.find(id.get()).map(assignment -> GreenhouseStatus.of(assignment,
                scorecards.forAssignment(assignment.id()).flatMap(Scorecards.Reading::scorecard),
                integration.resultUrl(assignment.id())));
    }

    /** Cancels the open interview sent before for this application and test, which a new send replaces. */
    private void replaceOpen(EntityManager entityManager, String applicationId, UUID templateId) {
        List<UUID> open = entityManager.createQuery("SELECT a.id FROM GreenhouseTest g, Assignment a WHERE a.id = g.assignmentId"
                + " AND g.applicationId = :application AND a.templateId = :template AND a.status IN :open", UUID.class)
                .setParameter("application", applicationId).setParameter("template", templateId)
                .setParameter("open", List.of(AssignmentStatus.INVITED, AssignmentStatus.STARTED)).getResultList();
        open.forEach(assignmentId -> assignments.cancel(assignmentId, RESENT));
    }

    /** Greenhouse's person as a candidate of the company: the one made for them before, else a new one. */
    private Candidate candidate(SentTest sent) {
        Optional<String> externalId = sent.personId().map(person -> "gh-candidate-" + person);
        Optional<Candidate> known = externalId.isPresent()
                ? candidates.page(new CandidateFilter(null, externalId.get()), null, 1).stream().findFirst()
                : candidates.page(new CandidateFilter(sent.email(), null), null, 1).stream().findFirst();
        return known.orElseGet(() -> candidates.create(new CandidateDetails(sent.firstName(), sent.lastName(), sent.email(),
                externalId.orElse(null), sent.phone().orElse(null))));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
