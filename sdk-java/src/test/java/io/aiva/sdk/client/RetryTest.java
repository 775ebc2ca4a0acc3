package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.aiva.sdk.client.FakeAiva.candidateJson;
import static io.aiva.sdk.client.FakeAiva.issuesToken;
import static io.aiva.sdk.client.FakeAiva.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.CandidateCreate;
import io.aiva.sdk.model.CandidateUpdate;

@WireMockTest
class RetryTest {

    private static final UUID CANDIDATE = UUID.fromString("7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f");
    private static final String CANDIDATE_PATH = "/api/v1/candidates/" + CANDIDATE;

    private final FakeTime time = new FakeTime();

    @BeforeEach
    void keycloak() {
        issuesToken("token-1", 300);
    }

    @Test
    void a429IsTriedAgainAfterTheSecondsInRetryAfter(WireMockRuntimeInfo wm) throws Exception {
        answersInTurn(() -> get(CANDIDATE_PATH), rateLimited("2"), okJson(candidateJson(CANDIDATE, "Grace")));

        assertThat(FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE).getFirstName()).isEqualTo("Grace");

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        verify(exactly(2), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    @Test
    void retryAfterMayBeAnHttpDate(WireMockRuntimeInfo wm) throws Exception {
        String inSevenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeTime.START.plusSeconds(7).atOffset(ZoneOffset.UTC));
        answersInTurn(() -> get(CANDIDATE_PATH), rateLimited(inSevenSeconds), okJson(candidateJson(CANDIDATE, "Grace")));

        FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a503TwiceIsTriedAgainWithExponentialBackoffAndJitter(WireMockRuntimeInfo wm) throws Exception {
        answersInTurn(() -> get(CANDIDATE_PATH), aResponse().withStatus(503), aResponse().withStatus(503),
                okJson(candidateJson(CANDIDATE, "Grace")));

        assertThat(FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE).getFirstName()).isEqualTo("Grace");

        // Jitter is fixed at half of the cap, which starts at 500 ms and doubles.
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        verify(exactly(3), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    @Test
    void aDroppedConnectionIsTriedAgain(WireMockRuntimeInfo wm) throws Exception {
        answersInTurn(() -> get(CANDIDATE_PATH), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                okJson(candidateJson(CANDIDATE, "Grace")));

        assertThat(FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE).getFirstName()).isEqualTo("Grace");

        verify(exactly(2), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    @Test
    void aPostIsTriedAgainWithTheSameIdempotencyKey(WireMockRuntimeInfo wm) throws Exception {
        answersInTurn(() -> post("/api/v1/candidates"), aResponse().withStatus(503), aResponse().withStatus(502),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace")));

        FakeAiva.client(wm, time).build().candidates().createCandidate(grace(), null);

        List<LoggedRequest> attempts = wm.getWireMock().find(postRequestedFor(urlPathEqualTo("/api/v1/candidates")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(attempt -> attempt.getHeader("Idempotency-Key")).doesNotContainNull()
                .containsOnly(attempts.get(0).getHeader("Idempotency-Key"));
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
    }

    @Test
    void aPostWhoseKeyIsStillRunningIsSentAgainAfterRetryAfter(WireMockRuntimeInfo wm) throws Exception {
        answersInTurn(() -> post("/api/v1/candidates"), conflict("request_in_progress").withHeader("Retry-After", "1"),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace")));

        Candidate created = FakeAiva.client(wm, time).build().candidates().createCandidate(grace(), "ats-application-7");

        assertThat(created.getId()).isEqualTo(CANDIDATE);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        verify(exactly(2), postRequestedFor(urlPathEqualTo("/api/v1/candidates"))
                .withHeader("Idempotency-Key", equalTo("ats-application-7")));
    }

    @Test
    void anyOtherConflictIsFinal(WireMockRuntimeInfo wm) {
        answersInTurn(() -> post("/api/v1/candidates"), conflict("conflict"),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace")));

        assertThatThrownBy(() -> FakeAiva.client(wm, time).build().candidates().createCandidate(grace(), null))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> assertThat(conflict.getProblemCode()).isEqualTo("conflict"));

        verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/v1/candidates")));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aPostWithoutAKeyIsNotTriedAgain(WireMockRuntimeInfo wm) {
        answersInTurn(() -> post("/api/v1/candidates"), aResponse().withStatus(503),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace")));
        AivaClient aiva = FakeAiva.client(wm, time).automaticIdempotencyKeys(false).build();

        assertThatThrownBy(() -> aiva.candidates().createCandidate(grace(), null)).isInstanceOf(ServerErrorException.class);

        verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/v1/candidates")));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aPostWithoutAKeyIsNotTriedAgainAfterADroppedConnection(WireMockRuntimeInfo wm) {
        answersInTurn(() -> post("/api/v1/candidates"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(candidateJson(CANDIDATE, "Grace")));
        AivaClient aiva = FakeAiva.client(wm, time).automaticIdempotencyKeys(false).build();

        assertThatThrownBy(() -> aiva.candidates().createCandidate(grace(), null))
                .isInstanceOf(ApiException.class).hasCauseInstanceOf(IOException.class);

        verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/v1/candidates")));
    }

    @Test
    void aPatchIsNotTriedAgain(WireMockRuntimeInfo wm) {
        answersInTurn(() -> patch(CANDIDATE_PATH), aResponse().withStatus(503), okJson(candidateJson(CANDIDATE, "Ada")));

        assertThatThrownBy(() -> FakeAiva.client(wm, time).build().candidates()
                .updateCandidate(CANDIDATE, new CandidateUpdate().firstName("Ada"), null))
                .isInstanceOf(ServerErrorException.class);

        verify(exactly(1), patchRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    @Test
    void a500IsNotTriedAgain(WireMockRuntimeInfo wm) {
        answersInTurn(() -> get(CANDIDATE_PATH), aResponse().withStatus(500), okJson(candidateJson(CANDIDATE, "Grace")));

        assertThatThrownBy(() -> FakeAiva.client(wm, time).build().candidates().getCandidate(CANDIDATE))
                .isInstanceOf(ServerErrorException.class);

        verify(exactly(1), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    @Test
    void attemptsAreBounded(WireMockRuntimeInfo wm) {
        stubFor(get(CANDIDATE_PATH).willReturn(aResponse().withStatus(503)));
        RetryPolicy threeAttempts = RetryPolicy.builder().maxAttempts(3).sleeper(time).random(FakeAiva.fixedJitter(1.0)).build();

        assertThatThrownBy(() -> FakeAiva.client(wm, time, threeAttempts).build().candidates().getCandidate(CANDIDATE))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.getCode()).isEqualTo(503));

        verify(exactly(3), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void backoffStopsGrowingAtItsMaximum(WireMockRuntimeInfo wm) {
        stubFor(get(CANDIDATE_PATH).willReturn(aResponse().withStatus(504)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(6).maxBackoff(Duration.ofSeconds(3))
                .maxElapsed(Duration.ofMinutes(5)).sleeper(time).random(FakeAiva.fixedJitter(1.0)).build();

        assertThatThrownBy(() -> FakeAiva.client(wm, time, policy).build().candidates().getCandidate(CANDIDATE))
                .isInstanceOf(ServerErrorException.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000),
                Duration.ofMillis(3000), Duration.ofMillis(3000));
    }

    @Test
    void noAttemptStartsAfterTheTotalTime(WireMockRuntimeInfo wm) {
        stubFor(get(CANDIDATE_PATH).willReturn(rateLimited("4")));
        RetryPolicy tenSeconds = RetryPolicy.builder().maxAttempts(10).maxElapsed(Duration.ofSeconds(10)).sleeper(time).build();

        assertThatThrownBy(() -> FakeAiva.client(wm, time, tenSeconds).build().candidates().getCandidate(CANDIDATE))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(4)));

        // Waits of 4 s at 0 s and 4 s; one more would end at 12 s, past the 10 s allowed.
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
        verify(exactly(3), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    @Test
    void noRetriesWithThePolicyNone(WireMockRuntimeInfo wm) {
        stubFor(get(CANDIDATE_PATH).willReturn(rateLimited("1")));

        assertThatThrownBy(() -> FakeAiva.client(wm, time, RetryPolicy.none()).build().candidates().getCandidate(CANDIDATE))
                .isInstanceOf(RateLimitedException.class);

        verify(exactly(1), getRequestedFor(urlPathEqualTo(CANDIDATE_PATH)));
    }

    private static ResponseDefinitionBuilder rateLimited(String retryAfter) {
        return aResponse().withStatus(429).withHeader("Retry-After", retryAfter).withHeader("X-Request-Id", "req-429")
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problemJson(429, "rate_limited", "Too many requests", "Over the rate limit.", "req-429"));
    }

    private static ResponseDefinitionBuilder conflict(String code) {
        return aResponse().withStatus(409).withHeader("X-Request-Id", "req-409").withHeader("Content-Type", "application/problem+json")
                .withBody(problemJson(409, code, "Conflict", "The request conflicts with what exists.", "req-409"));
    }

    /** The request answered with each answer in turn, the last one from then on. */
    private static void answersInTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        String scenario = UUID.randomUUID().toString();
        for (int i = 0; i < answers.length; i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario).whenScenarioStateIs(i == 0 ? STARTED : "answer-" + i);
            if (i < answers.length - 1) {
                mapping = mapping.willSetStateTo("answer-" + (i + 1));
            }
            stubFor(mapping.willReturn(answers[i]));
        }
    }

    private static CandidateCreate grace() {
        return new CandidateCreate().firstName("Grace").lastName("Hopper").email("grace@example.com");
    }
}
