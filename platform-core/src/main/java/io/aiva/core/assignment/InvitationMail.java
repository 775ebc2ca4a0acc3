package io.aiva.core.assignment;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.github.kagkarlsson.scheduler.task.Task;

import io.aiva.core.RuleViolationException;
import io.aiva.core.candidate.Candidate;
import io.aiva.core.candidate.Candidates;
import io.aiva.core.job.JobType;
import io.aiva.core.job.Jobs;
import io.aiva.core.mail.CandidateMail;
import io.aiva.core.mail.ConfiguredMail;
import io.aiva.core.mail.MailUnavailableException;
import io.aiva.core.mail.OutgoingMail;
import io.aiva.core.session.AiUseNotice;
import io.aiva.core.tenancy.ActingForCompany;
import io.aiva.core.tenancy.Tenants;

/**
 * E-mails a candidate the link to their interview, as a durable job scheduled in the transaction
 * that made the assignment, retried with backoff while the mail service refuses. The link is made
 * when the mail is sent (launch links are signed, never stored), which makes the one before it stop
 * working: a retry after a crash mails a second link, and the second link works.
 */
@ApplicationScoped
public class InvitationMail implements JobType {

    static final String JOB_NAME = "invitation-mail";
    private static final Logger LOG = Logger.getLogger(InvitationMail.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    Jobs jobs;

    @Inject
    Assignments assignments;

    @Inject
    Candidates candidates;

    @Inject
    Tenants tenants;

    @Inject
    ConfiguredMail configured;

    @Inject
    ActingForCompany company;

    private final Clock clock = Clock.systemUTC();
    private Task<AssignmentJob.Due> task;

    @PostConstruct
    void defineTask() {
        task = AssignmentJob.task(JOB_NAME, company, this::send);
    }

    @Override
    public Task<?> task() {
        return task;
    }

    /** Whether this deployment can e-mail candidates at all. */
    public boolean available() {
        return configured.mail().isPresent();
    }

    /** Schedules the invitation in the caller's transaction: it is sent once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID tenantId, UUID assignmentId) {
        jobs.schedule(AssignmentJob.of(JOB_NAME, tenantId, assignmentId), clock.instant());
    }

    private void send(UUID assignmentId) {
        Optional<CandidateMail> mail = configured.mail();
        if (mail.isEmpty()) {
            LOG.warning(() -> "The invitation to assignment " + assignmentId + " was not sent: aiva.mail.provider is disabled");
            return;
        }
        Optional<OutgoingMail> invitation = invitation(assignmentId);
        if (invitation.isEmpty()) {
            return;
        }
        try {
            mail.get().send(invitation.get());
        } catch (MailUnavailableException e) {
            throw new IllegalStateException("the invitation to assignment " + assignmentId + " will be sent again: "
                    + e.getMessage(), e);
        }
    }

    /** A new link and the message carrying it, or empty when the assignment has ended meanwhile. */
    private Optional<OutgoingMail> invitation(UUID assignmentId) {
        IssuedAssignment issued;
        try {
            Optional<IssuedAssignment> reissued = assignments.reissueLink(assignmentId);
            if (reissued.isEmpty()) {
                return Optional.empty();
            }
            issued = reissued.get();
        } catch (RuleViolationException ended) {
            LOG.info(() -> "No invitation sent for assignment " + assignmentId + ": " + ended.getMessage());
            return Optional.empty();
        }
        Candidate candidate = candidates.find(issued.assignment().candidateId()).orElseThrow();
        return Optional.of(message(tenants.current().name(), candidate, issued));
    }

    static OutgoingMail message(String companyName, Candidate candidate, IssuedAssignment issued) {
        String text = """
                Hello %s,

                %s invites you to an interview: %s.

                Open it here:
                %s

                The link opens your interview once and works until %s. Please complete the interview by %s.

                %s

                If you did not expect this message, you can ignore it.
                """.formatted(candidate.details().firstName(), companyName, issued.assignment().templateName(), issued.launchUrl(),
                WHEN.format(issued.launchUrlExpiresAt()), WHEN.format(issued.assignment().deadline()), AiUseNotice.TEXT);
        return new OutgoingMail(candidate.details().email(), candidate.fullName(),
                companyName + ": your interview for " + issued.assignment().templateName(), text);
    }
}
