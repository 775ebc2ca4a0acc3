package io.aiva.sdk.client.example;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.client.NotFoundException;
import io.aiva.sdk.client.Pagination;
import io.aiva.sdk.client.webhook.WebhookEvent;
import io.aiva.sdk.client.webhook.WebhookVerificationException;
import io.aiva.sdk.client.webhook.Webhooks;
import io.aiva.sdk.model.Assignment;
import io.aiva.sdk.model.AssignmentCreate;
import io.aiva.sdk.model.AssignmentLaunch;
import io.aiva.sdk.model.AssignmentPage;
import io.aiva.sdk.model.AssignmentStatus;
import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.CandidateCreate;
import io.aiva.sdk.model.Scorecard;

/**
 * The usage example of {@code sdk-java/README.md}, which quotes these methods' bodies; {@link QuickStartTest}
 * runs them against a fake AIVA and checks that the README still quotes them.
 */
final class QuickStart {

    private QuickStart() {
    }

    static AivaClient connect(String baseUrl, String tokenUrl, String clientId, String clientSecret) {
        return AivaClient.builder()
                .baseUrl(baseUrl)   // https://aiva.example.com/api
                .tokenUrl(tokenUrl) // https://id.aiva.example.com/realms/aiva/protocol/openid-connect/token
                .clientCredentials(clientId, clientSecret)
                .build();
    }

    static URI assignInterview(AivaClient aiva, UUID templateId) throws ApiException {
        Candidate candidate = aiva.candidates().createCandidate(new CandidateCreate()
                .firstName("Grace").lastName("Hopper").email("grace@example.com").externalId("greenhouse-91822"), null);
        AssignmentLaunch launch = aiva.assignments().createAssignment(new AssignmentCreate()
                .candidateId(candidate.getId()).templateId(templateId).externalReference("application-5521"), null);
        return launch.getLaunchUrl(); // send it to the candidate, or embed the interview with it
    }

    static List<UUID> completedAssignments(AivaClient aiva) {
        return Pagination.stream(
                        cursor -> aiva.assignments().listAssignments(100, cursor, AssignmentStatus.COMPLETED, null, null, null),
                        AssignmentPage::getData, AssignmentPage::getNextCursor)
                .map(Assignment::getId)
                .collect(Collectors.toList());
    }

    static Optional<Scorecard> scorecard(AivaClient aiva, UUID assignmentId) throws ApiException {
        try {
            return Optional.of(aiva.assignments().getScorecard(assignmentId));
        } catch (NotFoundException e) { // the interview is not completed yet
            return Optional.empty();
        }
    }

    static String receiveWebhook(String secret, Map<String, List<String>> headers, byte[] body) {
        try {
            WebhookEvent event = Webhooks.verify(secret, headers, body);
            return event.type() + " " + event.data().get("assignmentId");
        } catch (WebhookVerificationException e) {
            return "refused: " + e.getMessage(); // answer 400 and do nothing
        }
    }
}
