package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.aiva.sdk.client.FakeAiva.candidateJson;
import static io.aiva.sdk.client.FakeAiva.issuesToken;
import static io.aiva.sdk.client.FakeAiva.tokenPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;

import io.aiva.sdk.model.Assignment;
import io.aiva.sdk.model.AssignmentStatus;
import io.aiva.sdk.model.CandidateCreate;

@WireMockTest
class RequestHeadersTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final UUID CANDIDATE = UUID.fromString("7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f");

    private final FakeTime time = new FakeTime();

    @Test
    void theUserAgentNamesTheSdkAndItsVersion(WireMockRuntimeInfo wm) throws Exception {
        String expected = "aiva-sdk-java/" + System.getProperty("aiva.sdk.expected-version");
        issuesToken("token-1", 300);
        stubFor(get("/api/v1/candidates/" + CANDIDATE).willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));

        FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE);

        assertThat(System.getProperty("aiva.sdk.expected-version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(AivaClient.sdkVersion()).isEqualTo(System.getProperty("aiva.sdk.expected-version"));
        verify(getRequestedFor(urlPathEqualTo("/api/v1/candidates/" + CANDIDATE)).withHeader("User-Agent", equalTo(expected)));
        verify(postRequestedFor(urlPathEqualTo(tokenPath())).withHeader("User-Agent", equalTo(expected)));
    }

    @Test
    void theApplicationTheIntegrationNamesComesFirstInTheUserAgent(WireMockRuntimeInfo wm) throws Exception {
        String expected = "greenhouse-connector/2.1 aiva-sdk-java/" + System.getProperty("aiva.sdk.expected-version");
        issuesToken("token-1", 300);
        stubFor(get("/api/v1/candidates/" + CANDIDATE).willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));

        FakeAiva.client(wm, time).userAgent(" greenhouse-connector/2.1 ").build().candidates().getCandidate(CANDIDATE);

        verify(getRequestedFor(urlPathEqualTo("/api/v1/candidates/" + CANDIDATE)).withHeader("User-Agent", equalTo(expected)));
        verify(postRequestedFor(urlPathEqualTo(tokenPath())).withHeader("User-Agent", equalTo(expected)));
    }

    @Test
    void anApplicationNameAHeaderCannotCarryIsRefused() {
        AivaClient.Builder builder = AivaClient.builder();

        assertThatThrownBy(() -> builder.userAgent("connector/1.0\r\nX-Forwarded-For: 10.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visible ASCII");
        assertThatThrownBy(() -> builder.userAgent("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.userAgent("connecteur-é/1.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPostWithoutAKeyGetsANewIdempotencyKey(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        stubFor(post("/api/v1/candidates").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace"))));
        AivaClient aiva = FakeAiva.client(wm, time).build();

        aiva.candidates().createCandidate(grace(), null);
        aiva.candidates().createCandidate(grace(), null);

        var requests = wm.getWireMock().find(postRequestedFor(urlPathEqualTo("/api/v1/candidates")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader("Idempotency-Key")).matches(UUID_PATTERN);
        assertThat(requests.get(1).getHeader("Idempotency-Key")).matches(UUID_PATTERN)
                .isNotEqualTo(requests.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void aKeyTheCallerGivesIsSentAsGiven(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        stubFor(post("/api/v1/candidates").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace"))));

        FakeAiva.client(wm, time).build().candidates().createCandidate(grace(), "ats-application-91822");

        verify(postRequestedFor(urlPathEqualTo("/api/v1/candidates")).withHeader("Idempotency-Key", equalTo("ats-application-91822")));
    }

    @Test
    void readsCarryNoIdempotencyKey(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        stubFor(get("/api/v1/candidates/" + CANDIDATE).willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));

        FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE);

        verify(getRequestedFor(urlPathEqualTo("/api/v1/candidates/" + CANDIDATE)).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void automaticKeysCanBeTurnedOff(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        stubFor(post("/api/v1/candidates").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace"))));

        FakeAiva.client(wm, time).automaticIdempotencyKeys(false).build().candidates().createCandidate(grace(), null);

        verify(postRequestedFor(urlPathEqualTo("/api/v1/candidates")).withHeader("Idempotency-Key", absent())
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aStatusAddedToTheApiLaterReadsAsUnknownInsteadOfFailing(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        UUID id = UUID.randomUUID();
        stubFor(get("/api/v1/assignments/" + id).willReturn(okJson("{\"id\":\"" + id + "\",\"candidateId\":\"" + CANDIDATE
                + "\",\"templateId\":\"" + UUID.randomUUID() + "\",\"templateName\":\"Backend\",\"status\":\"paused\","
                + "\"language\":\"en\",\"questionCount\":5,\"deadline\":\"2026-06-08T09:00:00Z\","
                + "\"createdAt\":\"2026-06-01T09:00:00Z\",\"updatedAt\":\"2026-06-01T09:00:00Z\"}")));

        Assignment assignment = FakeAiva.client(wm, time).build().assignments().getAssignment(id);

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(assignment.getTemplateName()).isEqualTo("Backend");
    }

    private static CandidateCreate grace() {
        return new CandidateCreate().firstName("Grace").lastName("Hopper").email("grace@example.com");
    }
}
