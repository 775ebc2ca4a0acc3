package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.aiva.sdk.client.FakeAiva.candidateJson;
import static io.aiva.sdk.client.FakeAiva.issuesToken;
import static io.aiva.sdk.client.FakeAiva.tokenJson;
import static io.aiva.sdk.client.FakeAiva.tokenPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.CandidateUpdate;

@WireMockTest
class AccessTokenTest {

    private static final UUID CANDIDATE = UUID.fromString("7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f");
    private static final String CANDIDATE_PATH = "/api/v1/candidates/" + CANDIDATE;

    private final FakeTime time = new FakeTime();

    @Test
    void fetchesAClientCredentialsTokenAndSendsItAsBearer(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        stubFor(get(CANDIDATE_PATH).willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));

        Candidate candidate = FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE);

        assertThat(candidate.getFirstName()).isEqualTo("Grace");
        verify(postRequestedFor(urlPathEqualTo(tokenPath()))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=acme-ats&client_secret=s3cret%26more")));
        verify(getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void keepsTheTokenUntilShortlyBeforeItExpires(WireMockRuntimeInfo wm) throws Exception {
        stubFor(post(urlPathEqualTo(tokenPath())).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(tokenJson("token-1", 300))).willSetStateTo("renewed"));
        stubFor(post(urlPathEqualTo(tokenPath())).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson(tokenJson("token-2", 300))));
        stubFor(get(CANDIDATE_PATH).willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));
        AivaClient aiva = FakeAiva.client(wm, time).build();

        aiva.candidates().getCandidate(CANDIDATE);
        time.advance(Duration.ofSeconds(269));
        aiva.candidates().getCandidate(CANDIDATE);

        verify(exactly(1), postRequestedFor(urlPathEqualTo(tokenPath())));
        verify(exactly(2), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)).withHeader("Authorization", equalTo("Bearer token-1")));

        time.advance(Duration.ofSeconds(1)); // 30 s before the five minutes are up
        aiva.candidates().getCandidate(CANDIDATE);

        verify(exactly(2), postRequestedFor(urlPathEqualTo(tokenPath())));
        verify(exactly(1), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)).withHeader("Authorization", equalTo("Bearer token-2")));
    }

    @Test
    void callsAtTheSameTimeShareOneTokenFetch(WireMockRuntimeInfo wm) throws Exception {
        // The slow answer keeps the first fetch running while the other calls arrive.
        stubFor(post(urlPathEqualTo(tokenPath())).willReturn(okJson(tokenJson("token-1", 300)).withFixedDelay(300)));
        stubFor(get(CANDIDATE_PATH).willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));
        AivaClient aiva = FakeAiva.client(wm, time).build();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Candidate>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> aiva.candidates().getCandidate(CANDIDATE));
            }
            for (Future<Candidate> call : threads.invokeAll(calls)) {
                assertThat(call.get().getId()).isEqualTo(CANDIDATE);
            }
        } finally {
            threads.shutdownNow();
        }

        verify(exactly(1), postRequestedFor(urlPathEqualTo(tokenPath())));
        verify(exactly(8), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void aRefusedSecretFailsTheCallWithKeycloaksErrorAndSendsNothing(WireMockRuntimeInfo wm) {
        stubFor(post(urlPathEqualTo(tokenPath())).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}")));

        assertThatThrownBy(() -> FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE))
                .isInstanceOf(ApiException.class)
                .cause().isInstanceOfSatisfying(AccessTokenException.class, refused -> {
                    assertThat(refused.getStatus()).isEqualTo(401);
                    assertThat(refused.getError()).isEqualTo("unauthorized_client");
                    assertThat(refused.getMessage()).contains("Invalid client credentials");
                });
        verify(exactly(1), postRequestedFor(urlPathEqualTo(tokenPath())));
        verify(exactly(0), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aFailingTokenEndpointIsTriedAgainEvenForACallThatIsNotRetried(WireMockRuntimeInfo wm) throws Exception {
        stubFor(post(urlPathEqualTo(tokenPath())).inScenario("keycloak").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        stubFor(post(urlPathEqualTo(tokenPath())).inScenario("keycloak").whenScenarioStateIs("up")
                .willReturn(okJson(tokenJson("token-1", 300))));
        stubFor(patch(CANDIDATE_PATH)
                .willReturn(okJson(candidateJson(CANDIDATE, "Ada"))));

        Candidate updated = FakeAiva.client(wm, time).build().candidates()
                .updateCandidate(CANDIDATE, new CandidateUpdate().firstName("Ada"), null);

        assertThat(updated.getFirstName()).isEqualTo("Ada");
        verify(exactly(2), postRequestedFor(urlPathEqualTo(tokenPath())));
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void aTokenTheApiRefusesIsNotUsedAgain(WireMockRuntimeInfo wm) throws Exception {
        stubFor(post(urlPathEqualTo(tokenPath())).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(tokenJson("token-1", 300))).willSetStateTo("renewed"));
        stubFor(post(urlPathEqualTo(tokenPath())).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson(tokenJson("token-2", 300))));
        stubFor(get(CANDIDATE_PATH).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
                        .withBody(FakeAiva.problemJson(401, "unauthorized", "Authentication required", "The token is revoked.", "req-1"))));
        stubFor(get(CANDIDATE_PATH).withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(okJson(candidateJson(CANDIDATE, "Grace"))));
        AivaClient aiva = FakeAiva.client(wm, time).build();

        assertThatThrownBy(() -> aiva.candidates().getCandidate(CANDIDATE)).isInstanceOf(UnauthorizedException.class);
        assertThat(aiva.candidates().getCandidate(CANDIDATE).getFirstName()).isEqualTo("Grace");

        verify(exactly(2), postRequestedFor(urlPathEqualTo(tokenPath())));
    }
}
