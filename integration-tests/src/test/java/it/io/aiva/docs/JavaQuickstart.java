package it.io.aiva.docs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.client.AccessTokenException;
import io.aiva.sdk.client.AivaApiException;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.client.ConflictException;
import io.aiva.sdk.client.IdempotencyKeyReusedException;
import io.aiva.sdk.client.NotFoundException;
import io.aiva.sdk.client.Pagination;
import io.aiva.sdk.client.RateLimitedException;
import io.aiva.sdk.client.RetryPolicy;
import io.aiva.sdk.client.ValidationFailedException;
import io.aiva.sdk.model.Assignment;
import io.aiva.sdk.model.AssignmentCreate;
import io.aiva.sdk.model.AssignmentLaunch;
import io.aiva.sdk.model.AssignmentPage;
import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.CandidateCreate;
import io.aiva.sdk.model.Scorecard;
import io.aiva.sdk.model.ScorecardStatus;
import io.aiva.sdk.model.Template;
import io.aiva.sdk.model.TemplatePage;

/**
 * The Java part of docs/integrate.md: an ATS's integration with AIVA through the Java SDK. The guide quotes
 * the regions between {@code docs:start} and {@code docs:end} ({@link IntegrateGuideTest} checks it still
 * does), and {@link IntegrateGuideJavaIT} runs them against the platform, so keep them reading as the code a
 * company's developer would write: no assertions, no test helpers.
 */
final class JavaQuickstart {

    private JavaQuickstart() {
    }

    // docs:start java-config
    /** Where AIVA is and your API client's credentials: from the environment here, or from your secret store. */
    record AivaConfig(String apiUrl, String tokenUrl, String clientId, String clientSecret) {

        static AivaConfig fromEnvironment() {
            return new AivaConfig(System.getenv("AIVA_API_URL"), System.getenv("AIVA_TOKEN_URL"),
                    System.getenv("AIVA_CLIENT_ID"), System.getenv("AIVA_CLIENT_SECRET"));
        }
    }
    // docs:end java-config

    // docs:start java-client
    static AivaClient connect(AivaConfig config) {
        return AivaClient.builder()
                .baseUrl(config.apiUrl())     // http://localhost:9080/api on the local stack
                .tokenUrl(config.tokenUrl())  // http://localhost:8180/realms/aiva/protocol/openid-connect/token
                .clientCredentials(config.clientId(), config.clientSecret())
                .retryPolicy(RetryPolicy.builder().maxAttempts(5).maxElapsed(Duration.ofMinutes(1)).build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
    }
    // docs:end java-client

    // docs:start java-find-template
    static UUID templateNamed(AivaClient aiva, String name) {
        return Pagination.stream(cursor -> aiva.templates().listTemplates(100, cursor, null, null),
                        TemplatePage::getData, TemplatePage::getNextCursor)
                .filter(template -> template.getName().equals(name))
                .map(Template::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no active interview template named " + name));
    }
    // docs:end java-find-template

    // docs:start java-candidate
    /** What your ATS knows about someone who applied. */
    record Applicant(String atsId, String applicationId, String firstName, String lastName, String email) {
    }

    static Candidate candidateFor(AivaClient aiva, Applicant applicant) throws ApiException {
        try {
            return aiva.candidates().createCandidate(new CandidateCreate()
                    .firstName(applicant.firstName()).lastName(applicant.lastName()).email(applicant.email())
                    .externalId(applicant.atsId()), null);
        } catch (ConflictException taken) { // 409: your company has a candidate with this externalId already
            return aiva.candidates().listCandidates(1, null, null, applicant.atsId()).getData().stream()
                    .findFirst().orElseThrow(() -> taken);
        }
    }
    // docs:end java-candidate

    // docs:start java-assign
    static AssignmentLaunch assign(AivaClient aiva, UUID candidateId, UUID templateId, String applicationId)
            throws ApiException {
        AssignmentCreate request = new AssignmentCreate()
                .candidateId(candidateId)
                .templateId(templateId)
                .externalReference(applicationId); // comes back in every event of this assignment
        // One key per application: however often your job runs for it, the candidate gets one interview.
        return aiva.assignments().createAssignment(request, "assign-" + applicationId);
    }
    // docs:end java-assign

    // docs:start java-list-assignments
    static List<Assignment> assignmentsOf(AivaClient aiva, UUID candidateId) {
        return Pagination.stream(
                        cursor -> aiva.assignments().listAssignments(100, cursor, null, candidateId, null, null),
                        AssignmentPage::getData, AssignmentPage::getNextCursor)
                .toList();
    }
    // docs:end java-list-assignments

    // docs:start java-scorecard
    static Optional<Scorecard> readyScorecard(AivaClient aiva, UUID assignmentId) throws ApiException {
        try {
            Scorecard scorecard = aiva.assignments().getScorecard(assignmentId);
            // pending while the analysis runs; the scorecard.ready event says when it is done
            return scorecard.getStatus() == ScorecardStatus.READY ? Optional.of(scorecard) : Optional.empty();
        } catch (NotFoundException notCompleted) { // 404 until the candidate completes the interview
            return Optional.empty();
        }
    }
    // docs:end java-scorecard

    /** Why an applicant got no interview, in words for the recruiter who looks at the application. */
    static final class InvitationRefused extends Exception {

        private static final long serialVersionUID = 1L;

        InvitationRefused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    // docs:start java-errors
    static String invite(AivaClient aiva, UUID candidateId, UUID templateId, String applicationId)
            throws InvitationRefused {
        try {
            return assign(aiva, candidateId, templateId, applicationId).getLaunchUrl().toString();
        } catch (ValidationFailedException invalid) { // 400: each refused field, as a JSON pointer, and why
            throw new InvitationRefused(invalid.getFieldErrors().stream()
                    .map(error -> error.getField() + " " + error.getReason()).collect(Collectors.joining("; ")), invalid);
        } catch (IdempotencyKeyReusedException reused) { // 422: the same key came with another request before
            throw new InvitationRefused("application " + applicationId + " was assigned another interview", reused);
        } catch (RateLimitedException busy) { // 429, still, after the SDK's own retries
            throw new InvitationRefused("AIVA asks to wait " + busy.getRetryAfter().map(Duration::toSeconds).orElse(60L)
                    + " s before the next try", busy);
        } catch (AivaApiException failed) { // any other answer: quote the request id to AIVA support
            throw new InvitationRefused("AIVA answered " + failed.getCode() + " " + failed.getProblemCode()
                    + " (request " + failed.getRequestId() + ")", failed);
        } catch (ApiException noAnswer) { // no answer at all: the cause says why
            throw new InvitationRefused(noAnswer.getCause() instanceof AccessTokenException refused
                    ? "Keycloak refused the API client's credentials: " + refused.getError()
                    : "AIVA could not be reached: " + noAnswer.getMessage(), noAnswer);
        }
    }
    // docs:end java-errors
}
