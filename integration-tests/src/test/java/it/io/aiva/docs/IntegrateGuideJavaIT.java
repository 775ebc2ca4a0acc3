package it.io.aiva.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.client.webhook.WebhookEvent;
import io.aiva.sdk.client.webhook.Webhooks;
import io.aiva.sdk.model.Assignment;
import io.aiva.sdk.model.AssignmentCancel;
import io.aiva.sdk.model.AssignmentLaunch;
import io.aiva.sdk.model.AssignmentStatus;
import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.EventType;
import io.aiva.sdk.model.Scorecard;
import io.aiva.sdk.model.WebhookAttempt;
import io.aiva.sdk.model.WebhookDelivery;
import io.aiva.sdk.model.WebhookDeliveryStatus;
import io.aiva.sdk.model.WebhookEndpointCreate;
import io.aiva.sdk.model.WebhookEndpointStatus;
import io.aiva.sdk.model.WebhookEndpointWithSecret;
import it.io.aiva.docs.JavaQuickstart.Applicant;
import it.io.aiva.docs.JavaQuickstart.InvitationRefused;
import it.io.aiva.platform.Platform;

/**
 * The Java half of docs/integrate.md, run as its reader would run it: the guide's own code (the regions of
 * {@link JavaQuickstart}, {@link WebhookReceiver} and {@link WebhookSubscription}) against the platform, with
 * the API client a company admin made, and the webhook receiver registered with the platform and fed its real
 * deliveries.
 */
@ExtendWith(Platform.class)
class IntegrateGuideJavaIT {

    private static final Duration SCORING = Duration.ofSeconds(60);
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    private static GuideCompany company;
    private static AivaClient aiva;
    private static UUID template;
    private static UUID otherTemplate;
    private static HttpServer receiver;
    private static UUID endpoint;
    private static final List<WebhookEvent> RECEIVED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void integration(LocalStack platform) throws Exception {
        company = GuideCompany.onboard(platform, "guide-java");
        aiva = JavaQuickstart.connect(company.config(platform));
        template = company.createTemplate(aiva, GuideCompany.TEMPLATE_NAME);
        otherTemplate = company.createTemplate(aiva, GuideCompany.OTHER_TEMPLATE_NAME);
        int port = LocalStack.freePort();
        WebhookEndpointWithSecret registered = WebhookSubscription.register(aiva, "http://localhost:" + port + "/hooks/aiva");
        endpoint = registered.getEndpoint().getId();
        receiver = WebhookReceiver.serve(port, registered.getSecret(), RECEIVED::add);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aTestEventReachesTheReceiverAndTheAnswerSaysSo() throws Exception {
        WebhookDelivery test = WebhookSubscription.sendTest(aiva, endpoint);

        assertThat(test.getStatus()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(test.getAttempts()).singleElement().satisfies(attempt -> assertThat(attempt.getStatusCode()).isEqualTo(204));
        assertThat(received(test.getWebhookId())).singleElement().satisfies(event -> assertThat(event.type()).isEqualTo("webhook.test"));
    }

    @Test
    void theIntegrationInvitesAnApplicantAndGetsTheScorecardByWebhook(LocalStack platform) throws Exception {
        assertThat(company.integration().getTokenUrl()).as("the token URL the guide describes")
                .endsWith("/realms/aiva/protocol/openid-connect/token");
        assertThat(JavaQuickstart.templateNamed(aiva, GuideCompany.TEMPLATE_NAME)).isEqualTo(template);
        Applicant applicant = applicant();

        Candidate candidate = JavaQuickstart.candidateFor(aiva, applicant);
        Candidate again = JavaQuickstart.candidateFor(aiva, applicant);
        AssignmentLaunch launch = JavaQuickstart.assign(aiva, candidate.getId(), template, applicant.applicationId());
        AssignmentLaunch assignedAgain = JavaQuickstart.assign(aiva, candidate.getId(), template, applicant.applicationId());

        assertThat(candidate.getExternalId()).isEqualTo(applicant.atsId());
        assertThat(again.getId()).as("the same ATS candidate, found by its externalId").isEqualTo(candidate.getId());
        UUID assignment = launch.getAssignment().getId();
        assertThat(assignedAgain.getAssignment().getId()).as("one interview per application").isEqualTo(assignment);
        assertThat(launch.getLaunchUrl().toString()).startsWith(platform.baseUri() + "/interview/launch/" + company.slug() + "#");
        assertThat(JavaQuickstart.assignmentsOf(aiva, candidate.getId())).extracting(Assignment::getId).containsExactly(assignment);
        assertThat(JavaQuickstart.readyScorecard(aiva, assignment)).as("before the interview is completed").isEmpty();

        CandidateSession.complete(platform, launch.getLaunchUrl().toString(),
                "I would cache hot reads in memory, invalidate on writes and measure the hit rate.");

        Scorecard scorecard = await().atMost(SCORING).until(() -> JavaQuickstart.readyScorecard(aiva, assignment),
                Optional::isPresent).orElseThrow();
        assertThat(scorecard.getOverallScore()).isBetween(0.0, 1.0);
        assertThat(scorecard.getQuestions()).hasSize(2);
        assertThat(JavaQuickstart.assignmentsOf(aiva, candidate.getId())).extracting(Assignment::getStatus)
                .containsExactly(AssignmentStatus.COMPLETED);
        WebhookEvent ready = await().atMost(DELIVERY).until(() -> received("scorecard.ready", assignment), Optional::isPresent)
                .orElseThrow();
        assertThat(ready.data()).containsEntry("externalReference", applicant.applicationId())
                .containsEntry("overallScore", scorecard.getOverallScore());
        WebhookEvent completed = await().atMost(DELIVERY).until(() -> received("assignment.completed", assignment),
                Optional::isPresent).orElseThrow();
        assertThat(completed.data()).containsEntry("status", "completed")
                .containsEntry("externalReference", applicant.applicationId());
    }

    @Test
    void aRefusedInvitationSaysWhyInWords(LocalStack platform) throws Exception {
        Applicant applicant = applicant();
        Candidate candidate = JavaQuickstart.candidateFor(aiva, applicant);
        JavaQuickstart.invite(aiva, candidate.getId(), template, applicant.applicationId());

        assertThatThrownBy(() -> JavaQuickstart.invite(aiva, candidate.getId(), UUID.randomUUID(), "application-" + UUID.randomUUID()))
                .isInstanceOf(InvitationRefused.class).hasMessage("/templateId is not a template of your company");
        assertThatThrownBy(() -> JavaQuickstart.invite(aiva, candidate.getId(), otherTemplate, applicant.applicationId()))
                .as("the same application with another template")
                .isInstanceOf(InvitationRefused.class).hasMessage("application " + applicant.applicationId()
                        + " was assigned another interview");
        AivaClient wrongSecret = JavaQuickstart.connect(new JavaQuickstart.AivaConfig(company.config(platform).apiUrl(),
                company.config(platform).tokenUrl(), company.config(platform).clientId(), "not-the-secret"));
        assertThatThrownBy(() -> JavaQuickstart.invite(wrongSecret, candidate.getId(), template, "application-" + UUID.randomUUID()))
                .isInstanceOf(InvitationRefused.class)
                .hasMessageMatching("Keycloak refused the API client's credentials: (unauthorized|invalid)_client");
    }

    @Test
    void theReceiverTakesEachEventOnceAndRefusesWhatAivaDidNotSign(LocalStack platform) throws Exception {
        Applicant applicant = applicant();
        Candidate candidate = JavaQuickstart.candidateFor(aiva, applicant);
        UUID assignment = JavaQuickstart.assign(aiva, candidate.getId(), template, applicant.applicationId()).getAssignment().getId();

        aiva.assignments().cancelAssignment(assignment, new AssignmentCancel().reason("The position is filled."), null);

        WebhookEvent canceled = await().atMost(DELIVERY).until(() -> received("assignment.canceled", assignment),
                Optional::isPresent).orElseThrow();
        assertThat(canceled.data()).containsEntry("externalReference", applicant.applicationId());
        // The receiver has the event as soon as AIVA sent it; AIVA records the answer just after.
        WebhookDelivery delivered = await().atMost(DELIVERY).until(() -> aiva.webhooks()
                .listWebhookDeliveries(endpoint, 100, null, WebhookDeliveryStatus.DELIVERED).getData().stream()
                .filter(delivery -> delivery.getWebhookId().equals(canceled.id())).findFirst(), Optional::isPresent).orElseThrow();

        aiva.webhooks().replayWebhookDelivery(endpoint, delivered.getId(), null);

        List<Integer> answered = await().atMost(DELIVERY).until(() -> aiva.webhooks().getWebhookDelivery(endpoint,
                delivered.getId()).getAttempts().stream().map(WebhookAttempt::getStatusCode).toList(), statuses -> statuses.size() == 2);
        assertThat(answered).as("the replay was answered too").containsExactly(204, 204);
        assertThat(received(canceled.id())).as("a replay repeats the webhook-id: the receiver passed it on once").hasSize(1);

        String body = "{\"type\":\"scorecard.ready\",\"timestamp\":\"" + Instant.now() + "\",\"data\":{}}";
        long now = Instant.now().getEpochSecond();
        String forged = Webhooks.sign("whsec_" + Base64.getEncoder().encodeToString("not the secret".getBytes()),
                "forged-1", now, body);
        HttpResponse<String> answer = Platform.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + receiver.getAddress().getPort() + "/hooks/aiva"))
                .header("webhook-id", "forged-1").header("webhook-timestamp", Long.toString(now)).header("webhook-signature", forged)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(received("forged-1")).isEmpty();
    }

    @Test
    void whatFailedWhileTheReceiverWasGoneIsReplayedOnceItIsBack(LocalStack platform) throws Exception {
        List<WebhookEvent> recovered = new CopyOnWriteArrayList<>();
        AtomicReference<HttpHandler> outage = new AtomicReference<>(exchange -> {
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        HttpServer down = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        down.createContext("/hooks/aiva", exchange -> outage.get().handle(exchange));
        down.start();
        try {
            WebhookEndpointWithSecret registered = aiva.webhooks().createWebhookEndpoint(
                    new WebhookEndpointCreate().url("http://localhost:" + down.getAddress().getPort() + "/hooks/aiva")
                            .eventTypes(Set.of(EventType.ASSIGNMENT_CREATED)), null);
            UUID gone = registered.getEndpoint().getId();
            Candidate candidate = JavaQuickstart.candidateFor(aiva, applicant());
            UUID assignment = JavaQuickstart.assign(aiva, candidate.getId(), template, "application-" + UUID.randomUUID())
                    .getAssignment().getId();
            await().atMost(DELIVERY).until(() -> aiva.webhooks().getWebhookEndpoint(gone).getStatus(),
                    status -> status == WebhookEndpointStatus.DISABLED);
            outage.set(new WebhookReceiver(registered.getSecret(), recovered::add));

            int replayed = WebhookSubscription.replayFailed(aiva, gone);

            assertThat(replayed).isEqualTo(1);
            assertThat(aiva.webhooks().getWebhookEndpoint(gone).getStatus()).isEqualTo(WebhookEndpointStatus.ENABLED);
            WebhookEvent created = await().atMost(DELIVERY).until(() -> recovered, events -> !events.isEmpty()).get(0);
            assertThat(created.type()).isEqualTo("assignment.created");
            assertThat(created.data()).containsEntry("assignmentId", assignment.toString());
            assertThat(aiva.webhooks().listWebhookDeliveries(gone, 10, null, WebhookDeliveryStatus.FAILED).getData())
                    .as("nothing left to replay").isEmpty();
        } finally {
            down.stop(0);
        }
    }

    private static Applicant applicant() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new Applicant("ats-" + id, "application-" + id, "Grace", "Hopper", "grace-" + id + "@example.com");
    }

    private static List<WebhookEvent> received(String webhookId) {
        return RECEIVED.stream().filter(event -> webhookId.equals(event.id())).toList();
    }

    private static Optional<WebhookEvent> received(String type, UUID assignment) {
        return RECEIVED.stream().filter(event -> type.equals(event.type())
                && assignment.toString().equals(event.data().get("assignmentId"))).findFirst();
    }
}
