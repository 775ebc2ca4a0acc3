package io.aiva.sdk.client.example;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;

import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.client.webhook.Webhooks;

@WireMockTest
class QuickStartTest {

    private static final UUID TEMPLATE = UUID.fromString("3f9a1c2d-4b5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final UUID CANDIDATE = UUID.fromString("7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f");
    private static final UUID ASSIGNMENT = UUID.fromString("0b6f3a52-2d0e-4a39-9d1c-5e1f1e3f8a10");
    private static final UUID OTHER_ASSIGNMENT = UUID.fromString("1c7a4b63-3e1f-4b4a-8e2d-6f2a2f4a9b21");

    private AivaClient aiva;

    @BeforeEach
    void connect(WireMockRuntimeInfo wm) {
        stubFor(post(urlPathEqualTo("/realms/aiva/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"token-1\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        aiva = QuickStart.connect(wm.getHttpBaseUrl() + "/api", wm.getHttpBaseUrl() + "/realms/aiva/protocol/openid-connect/token",
                "acme-ats", "s3cret");
    }

    @Test
    void assignsAnInterviewToANewCandidate() throws Exception {
        stubFor(post("/api/v1/candidates").withHeader("Authorization", equalTo("Bearer token-1"))
                .withRequestBody(equalToJson("{\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"email\":\"grace@example.com\","
                        + "\"externalId\":\"greenhouse-91822\"}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + CANDIDATE
                        + "\",\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"email\":\"grace@example.com\","
                        + "\"createdAt\":\"2026-06-01T09:00:00Z\",\"updatedAt\":\"2026-06-01T09:00:00Z\"}")));
        stubFor(post("/api/v1/assignments")
                .withRequestBody(equalToJson("{\"candidateId\":\"" + CANDIDATE + "\",\"templateId\":\"" + TEMPLATE
                        + "\",\"externalReference\":\"application-5521\"}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"assignment\":"
                        + assignment(ASSIGNMENT, "invited") + ",\"launchUrl\":\"https://aiva.example/interview/launch#AAEC.c2ln\","
                        + "\"launchUrlExpiresAt\":\"2026-06-04T09:00:00Z\"}")));

        assertThat(QuickStart.assignInterview(aiva, TEMPLATE)).isEqualTo(URI.create("https://aiva.example/interview/launch#AAEC.c2ln"));
    }

    @Test
    void listsCompletedAssignmentsAcrossPages() {
        stubFor(get(urlPathEqualTo("/api/v1/assignments")).withQueryParam("status", equalTo("completed"))
                .withQueryParam("cursor", absent())
                .willReturn(okJson("{\"data\":[" + assignment(ASSIGNMENT, "completed") + "],\"nextCursor\":\"p2\"}")));
        stubFor(get(urlPathEqualTo("/api/v1/assignments")).withQueryParam("status", equalTo("completed"))
                .withQueryParam("cursor", equalTo("p2"))
                .willReturn(okJson("{\"data\":[" + assignment(OTHER_ASSIGNMENT, "completed") + "]}")));

        assertThat(QuickStart.completedAssignments(aiva)).containsExactly(ASSIGNMENT, OTHER_ASSIGNMENT);
    }

    @Test
    void aScorecardIsAbsentUntilTheInterviewIsCompleted() throws Exception {
        stubFor(get("/api/v1/assignments/" + ASSIGNMENT + "/scorecard").willReturn(okJson("{\"assignmentId\":\"" + ASSIGNMENT
                + "\",\"status\":\"ready\",\"overallScore\":0.82,\"recommendation\":\"advance\"}")));
        stubFor(get("/api/v1/assignments/" + OTHER_ASSIGNMENT + "/scorecard").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"type\":\"https://aiva.io/problems/not-found\","
                        + "\"title\":\"Not found\",\"status\":404,\"code\":\"not_found\",\"requestId\":\"req-1\"}")));

        assertThat(QuickStart.scorecard(aiva, ASSIGNMENT)).hasValueSatisfying(card -> assertThat(card.getOverallScore()).isEqualTo(0.82));
        assertThat(QuickStart.scorecard(aiva, OTHER_ASSIGNMENT)).isEmpty();
    }

    @Test
    void receivesASignedWebhookAndRefusesAForgedOne() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"type\":\"scorecard.ready\",\"timestamp\":\"2026-06-01T09:00:00Z\",\"data\":{\"assignmentId\":\"" + ASSIGNMENT + "\"}}";
        long now = Instant.now().getEpochSecond();
        Map<String, List<String>> headers = Map.of("webhook-id", List.of("evt_1"), "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(Webhooks.sign(secret, "evt_1", now, body)));

        assertThat(QuickStart.receiveWebhook(secret, headers, body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("scorecard.ready " + ASSIGNMENT);
        assertThat(QuickStart.receiveWebhook(secret, headers, body.replace("ready", "reviewed").getBytes(StandardCharsets.UTF_8)))
                .startsWith("refused: ");
    }

    @Test
    void theReadmeQuotesThisExample() throws IOException {
        List<String> example = stripped(Files.readAllLines(Path.of("src/test/java/io/aiva/sdk/client/example/QuickStart.java")));
        List<List<String>> snippets = javaBlocks(Files.readString(Path.of("README.md")));

        assertThat(snippets).isNotEmpty();
        for (List<String> snippet : snippets) {
            assertThat(Collections.indexOfSubList(example, snippet)).as("README snippet quoted from QuickStart.java:%n%s",
                    String.join("\n", snippet)).isNotNegative();
        }
    }

    private static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (block.find()) {
            blocks.add(stripped(List.of(block.group(1).split("\n"))));
        }
        return blocks;
    }

    /** The lines without indentation and blank lines, so that the README may indent differently. */
    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    private static String assignment(UUID id, String status) {
        return "{\"id\":\"" + id + "\",\"candidateId\":\"" + CANDIDATE + "\",\"templateId\":\"" + TEMPLATE + "\","
                + "\"templateName\":\"Backend engineer\",\"status\":\"" + status + "\",\"language\":\"en\",\"questionCount\":6,"
                + "\"deadline\":\"2026-06-08T09:00:00Z\",\"createdAt\":\"2026-06-01T09:00:00Z\",\"updatedAt\":\"2026-06-01T09:00:00Z\"}";
    }
}
