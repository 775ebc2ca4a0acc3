package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LocalStack;

/**
 * Webhooks end to end: endpoints a company manages, events delivered to a real HTTP receiver signed
 * as Standard Webhooks, retries, 410, tests, replays, secret rotation, and nothing of one company
 * reachable by another.
 */
@ExtendWith(Platform.class)
class WebhooksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

    private static WireMockServer receiver;
    private static String admin;
    private static String otherCompany;
    private static String template;

    @BeforeAll
    static void setUp(LocalStack platform) throws Exception {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        admin = TestCompany.onboard(platform, "hooks").adminToken(platform);
        otherCompany = TestCompany.onboard(platform, "hooks-other").adminToken(platform);
        String question = TemplatesIT.firstQuestion(platform, admin, "type=coding&language=en");
        template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Hooks", "en", question, 1))
                .token(admin).send().json().get("id").asText();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void anEventIsDeliveredSignedAsStandardWebhooksWithTheEventsIdAndData(LocalStack platform) throws Exception {
        String path = answering(200);
        JsonNode created = createEndpoint(platform, path, "[\"assignment.created\"]");
        String secret = created.get("secret").asText();
        String endpoint = created.get("endpoint").get("id").asText();

        String assignment = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template)
                .get("assignment").get("id").asText();

        JsonNode delivery = awaitSettled(platform, endpoint);
        assertThat(delivery.get("status").asText()).isEqualTo("delivered");
        LoggedRequest request = onlyRequest(path);
        String body = request.getBodyAsString();
        JsonNode message = JSON.readTree(body);
        assertThat(message.get("type").asText()).isEqualTo("assignment.created");
        assertThat(message.get("data").get("assignmentId").asText()).isEqualTo(assignment);
        JsonNode event = ApiCall.get(platform, "/v1/events?type=assignment.created&limit=1").token(admin).send().json()
                .get("data").get(0);
        assertThat(request.getHeader("webhook-id")).isEqualTo(event.get("id").asText()).isEqualTo(delivery.get("webhookId").asText());
        assertThat(message.get("data")).isEqualTo(event.get("data"));
        assertThat(Instant.parse(message.get("timestamp").asText())).isEqualTo(Instant.parse(event.get("occurredAt").asText()));
        long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(300);
        assertThat(signatures(request)).containsExactly(sign(secret, request.getHeader("webhook-id"), timestamp, body));
        verifiedByTheOfficialLibrary(secret, request);
        assertThat(request.getHeader("content-type")).startsWith("application/json");
        JsonNode attempt = delivery.get("attempts").get(0);
        assertThat(attempt.get("statusCode").asInt()).isEqualTo(200);
        assertThat(attempt.get("trigger").asText()).isEqualTo("scheduled");
        assertThat(delivery.get("eventId").asText()).isEqualTo(event.get("id").asText());
    }

    @Test
    void anEndpointGetsOnlyTheEventTypesItTakesAndADisabledOneNothing(LocalStack platform) throws Exception {
        String cancelsOnly = createEndpoint(platform, answering(200), "[\"assignment.canceled\"]").get("endpoint").get("id").asText();
        JsonNode disabled = createEndpoint(platform, answering(200), "[]").get("endpoint");
        ApiCall.Answer disabling = ApiCall.put(platform, "/v1/webhook-endpoints/" + disabled.get("id").asText(),
                "{\"url\":\"" + disabled.get("url").asText() + "\",\"enabled\":false}").token(admin).header("If-Match", "\"1\"").send();
        assertThat(disabling.status()).as(disabling.body()).isEqualTo(200);
        assertThat(disabling.json().get("status").asText()).isEqualTo("disabled");
        assertThat(disabling.json().get("disabledReason").asText()).isEqualTo("Disabled by your company.");

        String assignment = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template)
                .get("assignment").get("id").asText();

        assertThat(deliveries(platform, cancelsOnly).get("data")).as("deliveries are written with the event").isEmpty();
        assertThat(deliveries(platform, disabled.get("id").asText()).get("data")).isEmpty();
        ApiCall.post(platform, "/v1/assignments/" + assignment + "/cancel", "{\"reason\":\"position filled\"}").token(admin).send();
        JsonNode canceled = awaitSettled(platform, cancelsOnly);
        assertThat(canceled.get("eventType").asText()).isEqualTo("assignment.canceled");
        assertThat(deliveries(platform, disabled.get("id").asText()).get("data")).isEmpty();
    }

    @Test
    void aFailedAttemptIsRetriedOnScheduleAndEveryAttemptIsKept(LocalStack platform) throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("busy, try later")).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        String endpoint = createEndpoint(platform, path, "[\"assignment.created\"]").get("endpoint").get("id").asText();

        AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);

        JsonNode pending = await().atMost(DELIVERY_WAIT).until(() -> deliveries(platform, endpoint).get("data").get(0),
                delivery -> delivery.get("attempts").size() == 1);
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("attempts").get(0).get("statusCode").asInt()).isEqualTo(503);
        assertThat(pending.get("attempts").get(0).get("responseBody").asText()).isEqualTo("busy, try later");
        Instant failedAt = Instant.parse(pending.get("attempts").get(0).get("attemptedAt").asText());
        assertThat(Instant.parse(pending.get("nextAttemptAt").asText())).isAfterOrEqualTo(failedAt.plusSeconds(5));
        ApiCall.Answer replayWhilePending = ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/deliveries/"
                + pending.get("id").asText() + "/replay", null).token(admin).send();
        assertThat(replayWhilePending.status()).isEqualTo(409);

        JsonNode delivered = awaitSettled(platform, endpoint);
        assertThat(delivered.get("status").asText()).isEqualTo("delivered");
        assertThat(delivered.get("attempts").findValuesAsText("statusCode")).containsExactly("503", "204");
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getHeader("webhook-id")).as("a retry is the same message").isEqualTo(requests.get(0).getHeader("webhook-id"));
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
    }

    @Test
    void aGoneEndpointIsDisabledAndItsDeliveryFailsWithoutRetries(LocalStack platform) throws Exception {
        String path = answering(410);
        String endpoint = createEndpoint(platform, path, "[\"assignment.created\"]").get("endpoint").get("id").asText();

        AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);

        JsonNode failed = awaitSettled(platform, endpoint);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts")).hasSize(1);
        JsonNode disabled = ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint).token(admin).send().json();
        assertThat(disabled.get("status").asText()).isEqualTo("disabled");
        assertThat(disabled.get("disabledReason").asText()).contains("410");
        ApiCall.Answer replay = ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/deliveries/"
                + failed.get("id").asText() + "/replay", null).token(admin).send();
        assertThat(replay.status()).as("a disabled endpoint takes no replay").isEqualTo(409);
    }

    @Test
    void aTestEventReportsWhatTheEndpointAnsweredOrWhyItDidNot(LocalStack platform) throws Exception {
        String path = answering(200);
        String endpoint = createEndpoint(platform, path, null).get("endpoint").get("id").asText();

        // Keyed, as the SDKs send every POST: the key's answer is stored, the attempt made as without one.
        ApiCall.Answer test = ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/test", null).token(admin)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();

        assertThat(test.status()).as(test.body()).isEqualTo(200);
        assertThat(test.json().get("status").asText()).isEqualTo("delivered");
        assertThat(test.json().get("eventType").asText()).isEqualTo("webhook.test");
        assertThat(test.json().get("attempts").get(0).get("trigger").asText()).isEqualTo("test");
        assertThat(test.json().has("eventId")).isFalse();
        JsonNode message = JSON.readTree(onlyRequest(path).getBodyAsString());
        assertThat(message.get("data").get("webhookEndpointId").asText()).isEqualTo(endpoint);

        String slow = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(slow)).willReturn(aResponse().withStatus(200).withFixedDelay(6_000)));
        String slowEndpoint = createEndpoint(platform, slow, null).get("endpoint").get("id").asText();
        JsonNode timedOut = ApiCall.post(platform, "/v1/webhook-endpoints/" + slowEndpoint + "/test", null).token(admin).send().json();
        assertThat(timedOut.get("status").asText()).isEqualTo("failed");
        assertThat(timedOut.get("attempts").get(0).has("statusCode")).isFalse();
        assertThat(timedOut.get("attempts").get(0).get("error").asText()).startsWith("No answer within");

        String reset = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(reset)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String resetEndpoint = createEndpoint(platform, reset, null).get("endpoint").get("id").asText();
        JsonNode resetAttempt = ApiCall.post(platform, "/v1/webhook-endpoints/" + resetEndpoint + "/test", null).token(admin).send().json();
        assertThat(resetAttempt.get("status").asText()).isEqualTo("failed");
        assertThat(resetAttempt.get("attempts").get(0).get("error").asText()).startsWith("The connection failed");

        String closedPort = createEndpointAt(platform, "http://127.0.0.1:" + unusedPort() + "/hook", null).get("endpoint").get("id").asText();
        JsonNode refused = ApiCall.post(platform, "/v1/webhook-endpoints/" + closedPort + "/test", null).token(admin).send().json();
        assertThat(refused.get("status").asText()).isEqualTo("failed");
        assertThat(refused.get("attempts").get(0).get("error").asText()).isNotBlank();
        assertThat(deliveries(platform, closedPort).get("data").get(0).get("id")).isEqualTo(refused.get("id"));
    }

    @Test
    void aReplaySendsTheSameMessageAgain(LocalStack platform) throws Exception {
        String path = answering(200);
        String endpoint = createEndpoint(platform, path, "[\"assignment.created\"]").get("endpoint").get("id").asText();
        AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);
        JsonNode delivered = awaitSettled(platform, endpoint);

        ApiCall.Answer replay = ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/deliveries/"
                + delivered.get("id").asText() + "/replay", null).token(admin).header("Idempotency-Key", UUID.randomUUID().toString()).send();

        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        assertThat(replay.json().get("status").asText()).isEqualTo("pending");
        JsonNode again = await().atMost(DELIVERY_WAIT).until(() -> ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint
                + "/deliveries/" + delivered.get("id").asText()).token(admin).send().json(),
                delivery -> delivery.get("attempts").size() == 2);
        assertThat(again.get("status").asText()).isEqualTo("delivered");
        assertThat(again.get("attempts").findValuesAsText("trigger")).containsExactly("scheduled", "replay");
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getHeader("webhook-id")).isEqualTo(requests.get(0).getHeader("webhook-id"));
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
    }

    @Test
    void afterARotationDeliveriesCarryASignatureWithEachSecret(LocalStack platform) throws Exception {
        String path = answering(200);
        JsonNode created = createEndpoint(platform, path, null);
        String endpoint = created.get("endpoint").get("id").asText();
        String oldSecret = created.get("secret").asText();

        ApiCall.Answer rotated = ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/rotate-secret", null).token(admin).send();

        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = rotated.json().get("secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(Instant.parse(rotated.json().get("previousSecretValidUntil").asText()))
                .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/test", null).token(admin).send();
        LoggedRequest request = onlyRequest(path);
        long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
        String id = request.getHeader("webhook-id");
        assertThat(signatures(request)).containsExactly(sign(newSecret, id, timestamp, request.getBodyAsString()),
                sign(oldSecret, id, timestamp, request.getBodyAsString()));
        verifiedByTheOfficialLibrary(newSecret, request);
        verifiedByTheOfficialLibrary(oldSecret, request);
        JsonNode read = ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint).token(admin).send().json();
        assertThat(read.has("secret")).isFalse();
        assertThat(read.has("secretRotatedAt")).isTrue();
        assertThat(storedSecrets(platform, endpoint)).hasSize(2).allSatisfy(stored -> assertThat(stored)
                .startsWith("aiva-sealed:v1:").doesNotContain(newSecret).doesNotContain(oldSecret.substring("whsec_".length())));
    }

    @Test
    void theResealJobSealsASecretStoredBeforeSealingWithoutChangingIt(LocalStack platform) throws Exception {
        String path = answering(200);
        JsonNode created = createEndpoint(platform, path, null);
        String endpoint = created.get("endpoint").get("id").asText();
        String secret = created.get("secret").asText();
        String sealedAtCreation = storedSecrets(platform, endpoint).get(0);
        String etag = ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint).token(admin).send().header("ETag");
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement storeAsBefore = database.prepareStatement(
                        "UPDATE aiva.webhook_endpoint SET secret = ? WHERE id = ?::uuid")) {
            storeAsBefore.setString(1, secret);
            storeAsBefore.setString(2, endpoint);
            assertThat(storeAsBefore.executeUpdate()).isEqualTo(1);
        }
        Platform.runRecurringJobNow(platform, "secrets-reseal");

        await().atMost(Duration.ofMinutes(1)).until(() -> storedSecrets(platform, endpoint).get(0).startsWith("aiva-sealed:v1:"));

        String resealed = storedSecrets(platform, endpoint).get(0);
        assertThat(resealed).doesNotContain(secret.substring("whsec_".length()))
                .startsWith(sealedAtCreation.substring(0, sealedAtCreation.lastIndexOf(':') + 1));
        assertThat(ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint).token(admin).send().header("ETag"))
                .as("not a change a client holding the ETag must know of").isEqualTo(etag);
        ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/test", null).token(admin).send();
        verifiedByTheOfficialLibrary(secret, onlyRequest(path));
    }

    /** The endpoint's secret and previous secret as the database holds them. */
    private static List<String> storedSecrets(LocalStack platform, String endpoint) throws Exception {
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement read = database.prepareStatement(
                        "SELECT secret, previous_secret FROM aiva.webhook_endpoint WHERE id = ?::uuid")) {
            read.setString(1, endpoint);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return Arrays.asList(row.getString(1), row.getString(2));
            }
        }
    }

    @Test
    void endpointsAreListedChangedWithETagsAndRemoved(LocalStack platform) throws Exception {
        JsonNode first = createEndpoint(platform, answering(200), null).get("endpoint");
        JsonNode second = createEndpoint(platform, answering(200), "[\"assignment.completed\",\"assignment.expired\"]").get("endpoint");
        assertThat(second.get("eventTypes")).hasSize(2);
        assertThat(first.get("eventTypes")).isEmpty();
        assertThat(first.get("status").asText()).isEqualTo("enabled");

        JsonNode page = ApiCall.get(platform, "/v1/webhook-endpoints?limit=1").token(admin).send().json();
        JsonNode next = ApiCall.get(platform, "/v1/webhook-endpoints?limit=100&cursor=" + page.get("nextCursor").asText())
                .token(admin).send().json();
        List<String> listed = new ArrayList<>(page.get("data").findValuesAsText("id"));
        listed.addAll(next.get("data").findValuesAsText("id"));
        assertThat(listed).contains(first.get("id").asText(), second.get("id").asText()).doesNotHaveDuplicates();

        String path = "/v1/webhook-endpoints/" + first.get("id").asText();
        List<String> tests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tests.add(0, ApiCall.post(platform, path + "/test", null).token(admin).send().json().get("id").asText());
        }
        JsonNode firstDeliveries = ApiCall.get(platform, path + "/deliveries?limit=2").token(admin).send().json();
        JsonNode lastDeliveries = ApiCall.get(platform, path + "/deliveries?limit=2&cursor=" + firstDeliveries.get("nextCursor").asText())
                .token(admin).send().json();
        List<String> delivered = new ArrayList<>(firstDeliveries.get("data").findValuesAsText("id"));
        delivered.addAll(lastDeliveries.get("data").findValuesAsText("id"));
        assertThat(delivered).as("newest first, across pages").containsExactlyElementsOf(tests);
        assertThat(lastDeliveries.has("nextCursor")).isFalse();
        assertThat(ApiCall.get(platform, path + "/deliveries?status=failed").token(admin).send().json().get("data")).isEmpty();

        String body = "{\"url\":\"" + first.get("url").asText() + "\",\"description\":\"CRM\",\"eventTypes\":[\"assignment.completed\"],\"enabled\":true}";
        ApiCall.Answer changed = ApiCall.put(platform, path, body).token(admin).header("If-Match", "\"1\"").send();
        ApiCall.Answer stale = ApiCall.put(platform, path, body).token(admin).header("If-Match", "\"1\"").send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("description").asText()).isEqualTo("CRM");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);

        assertThat(ApiCall.delete(platform, path).token(admin).send().status()).isEqualTo(204);
        assertThat(ApiCall.get(platform, path).token(admin).send().status()).isEqualTo(404);
        assertThat(ApiCall.delete(platform, path).token(admin).send().status()).isEqualTo(404);
    }

    @Test
    void aRetriedCreationWithTheSameKeyGetsTheSameEndpointAndSecret(LocalStack platform) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"url\":\"http://localhost:" + receiver.port() + answering(200) + "\"}";

        ApiCall.Answer first = ApiCall.post(platform, "/v1/webhook-endpoints", body).token(admin).header("Idempotency-Key", key).send();
        ApiCall.Answer retry = ApiCall.post(platform, "/v1/webhook-endpoints", body).token(admin).header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
    }

    @Test
    void eachInvalidFieldIsNamed(LocalStack platform) throws Exception {
        ApiCall.Answer missing = ApiCall.post(platform, "/v1/webhook-endpoints", "{\"description\":\"" + "x".repeat(201) + "\"}")
                .token(admin).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("/url", "/description");

        ApiCall.Answer badScheme = ApiCall.post(platform, "/v1/webhook-endpoints", "{\"url\":\"ftp://example.com/hook\"}")
                .token(admin).send();
        assertThat(badScheme.status()).isEqualTo(400);
        assertThat(badScheme.json().get("errors").get(0).get("field").asText()).isEqualTo("/url");
        assertThat(badScheme.json().get("errors").get(0).get("reason").asText()).contains("https");

        ApiCall.Answer badType = ApiCall.post(platform, "/v1/webhook-endpoints",
                "{\"url\":\"https://example.com/hook\",\"eventTypes\":[\"assignment.exploded\"]}").token(admin).send();
        assertThat(badType.status()).isEqualTo(400);

        String endpoint = createEndpoint(platform, answering(200), null).get("endpoint").get("id").asText();
        ApiCall.Answer noEnabled = ApiCall.put(platform, "/v1/webhook-endpoints/" + endpoint, "{\"url\":\"https://example.com/h\"}")
                .token(admin).send();
        assertThat(noEnabled.status()).isEqualTo(400);
        assertThat(noEnabled.json().get("errors").findValuesAsText("field")).contains("/enabled");
        ApiCall.Answer unknownStatus = ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint + "/deliveries?status=lost")
                .token(admin).send();
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(unknownStatus.json().get("errors").get(0).get("reason").asText()).contains("pending", "delivered", "failed");
        ApiCall.Answer unknownType = ApiCall.get(platform, "/v1/events?type=assignment.exploded").token(admin).send();
        assertThat(unknownType.status()).as("any enum parameter of the API").isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("field").asText()).isEqualTo("type");
    }

    @Test
    void anotherCompanySeesNothingOfTheEndpointsOrTheirDeliveries(LocalStack platform) throws Exception {
        String endpoint = createEndpoint(platform, answering(200), null).get("endpoint").get("id").asText();
        String delivery = ApiCall.post(platform, "/v1/webhook-endpoints/" + endpoint + "/test", null).token(admin).send().json()
                .get("id").asText();
        String path = "/v1/webhook-endpoints/" + endpoint;

        assertThat(ApiCall.get(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.put(platform, path, "{\"url\":\"https://example.com/h\",\"enabled\":false}").token(otherCompany).send().status())
                .isEqualTo(404);
        assertThat(ApiCall.post(platform, path + "/test", null).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.post(platform, path + "/rotate-secret", null).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, path + "/deliveries").token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, path + "/deliveries/" + delivery).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.post(platform, path + "/deliveries/" + delivery + "/replay", null).token(otherCompany).send().status())
                .isEqualTo(404);
        assertThat(ApiCall.delete(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, "/v1/webhook-endpoints").token(otherCompany).send().json().get("data").findValuesAsText("id"))
                .doesNotContain(endpoint);
        assertThat(ApiCall.get(platform, path).token(admin).send().json().get("status").asText()).isEqualTo("enabled");
    }

    private static String answering(int status) {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
        return path;
    }

    private static JsonNode createEndpoint(LocalStack platform, String path, String eventTypes) throws Exception {
        return createEndpointAt(platform, "http://localhost:" + receiver.port() + path, eventTypes);
    }

    private static JsonNode createEndpointAt(LocalStack platform, String url, String eventTypes) throws Exception {
        ApiCall.Answer created = ApiCall.post(platform, "/v1/webhook-endpoints",
                "{\"url\":\"" + url + "\"" + (eventTypes == null ? "" : ",\"eventTypes\":" + eventTypes) + "}").token(admin).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode deliveries(LocalStack platform, String endpoint) throws Exception {
        return ApiCall.get(platform, "/v1/webhook-endpoints/" + endpoint + "/deliveries").token(admin).send().json();
    }

    /** The endpoint's newest delivery once it is no longer pending. */
    private static JsonNode awaitSettled(LocalStack platform, String endpoint) {
        return await().atMost(DELIVERY_WAIT).until(() -> deliveries(platform, endpoint).get("data"),
                data -> data.size() > 0 && !data.get(0).get("status").asText().equals("pending")).get(0);
    }

    private static LoggedRequest onlyRequest(String path) {
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static List<String> signatures(LoggedRequest request) {
        return Arrays.asList(request.getHeader("webhook-signature").split(" "));
    }

    /** As a receiver using the Standard Webhooks library would check a delivery (it throws if the check fails). */
    private static void verifiedByTheOfficialLibrary(String secret, LoggedRequest request) throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, List.of(request.getHeader(name)));
        }
        new Webhook(secret).verify(request.getBodyAsString(), headers);
    }

    /** Standard Webhooks' signature, computed here independently of the platform's code. */
    private static String sign(String secret, String id, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
