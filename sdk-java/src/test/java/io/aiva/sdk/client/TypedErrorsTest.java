package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static io.aiva.sdk.client.FakeAiva.issuesToken;
import static io.aiva.sdk.client.FakeAiva.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.model.CandidateCreate;
import io.aiva.sdk.model.FieldError;
import io.aiva.sdk.model.QuestionWrite;

@WireMockTest
class TypedErrorsTest {

    private static final UUID CANDIDATE = UUID.fromString("7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f");
    private static final String CANDIDATE_PATH = "/api/v1/candidates/" + CANDIDATE;

    private final FakeTime time = new FakeTime();
    private AivaClient aiva;

    @BeforeEach
    void client(WireMockRuntimeInfo wm) {
        issuesToken("token-1", 300);
        aiva = FakeAiva.client(wm, time, RetryPolicy.none()).build();
    }

    @Test
    void aMissingItemIsANotFoundExceptionWithTheProblemDetails() {
        stubFor(get(CANDIDATE_PATH).willReturn(problem(404, "{\"type\":\"https://aiva.io/problems/not-found\",\"title\":\"Not found\","
                + "\"status\":404,\"detail\":\"Your company has no candidate with this id.\",\"instance\":\"" + CANDIDATE_PATH + "\","
                + "\"code\":\"not_found\",\"requestId\":\"req-404\"}")));

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> aiva.candidates().getCandidate(CANDIDATE));

        assertThat(e).isInstanceOf(ApiException.class);
        assertThat(e.getCode()).isEqualTo(404);
        assertThat(e.getRequestId()).isEqualTo("req-404");
        assertThat(e.getProblemCode()).isEqualTo("not_found");
        assertThat(e.getProblem().getType()).isEqualTo(URI.create("https://aiva.io/problems/not-found"));
        assertThat(e.getProblem().getTitle()).isEqualTo("Not found");
        assertThat(e.getProblem().getStatus()).isEqualTo(404);
        assertThat(e.getProblem().getDetail()).isEqualTo("Your company has no candidate with this id.");
        assertThat(e.getProblem().getInstance()).isEqualTo(CANDIDATE_PATH);
        assertThat(e.getFieldErrors()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("getCandidate: 404 not_found: Your company has no candidate with this id. (request req-404)");
    }

    @Test
    void invalidInputIsAValidationFailedExceptionNamingEachField() {
        stubFor(post("/api/v1/candidates").willReturn(problem(400, "{\"type\":\"https://aiva.io/problems/validation-failed\","
                + "\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has invalid fields.\",\"code\":\"validation_failed\","
                + "\"requestId\":\"req-400\",\"errors\":[{\"field\":\"/email\",\"reason\":\"must be a well-formed email address\"},"
                + "{\"field\":\"/lastName\",\"reason\":\"must not be blank\"}]}")));

        ValidationFailedException e = catchThrowableOfType(ValidationFailedException.class,
                () -> aiva.candidates().createCandidate(new CandidateCreate().firstName("Grace").lastName(" ").email("grace"), null));

        assertThat(e.getFieldErrors()).extracting(FieldError::getField, FieldError::getReason).containsExactly(
                tuple("/email", "must be a well-formed email address"),
                tuple("/lastName", "must not be blank"));
        assertThat(e.getProblemCode()).isEqualTo("validation_failed");
    }

    @Test
    void eachStatusHasItsException() {
        assertThat(thrownFor(401, "unauthorized")).isExactlyInstanceOf(UnauthorizedException.class);
        assertThat(thrownFor(403, "forbidden")).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(thrownFor(409, "conflict")).isExactlyInstanceOf(ConflictException.class);
        assertThat(thrownFor(412, "precondition_failed")).isExactlyInstanceOf(PreconditionFailedException.class);
        assertThat(thrownFor(422, "idempotency_key_reused")).isExactlyInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(thrownFor(429, "rate_limited")).isExactlyInstanceOf(RateLimitedException.class);
        assertThat(thrownFor(500, "internal_error")).isExactlyInstanceOf(ServerErrorException.class);
        assertThat(thrownFor(503, "unavailable")).isExactlyInstanceOf(ServerErrorException.class);
        assertThat(thrownFor(405, "method_not_allowed")).isExactlyInstanceOf(AivaApiException.class);
    }

    @Test
    void aConflictNamesTheTakenField() {
        stubFor(post("/api/v1/candidates").willReturn(problem(409, "{\"type\":\"https://aiva.io/problems/conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"code\":\"conflict\",\"requestId\":\"req-409\",\"errors\":[{\"field\":\"/externalId\","
                + "\"reason\":\"is taken by another candidate\"}]}")));

        ConflictException e = catchThrowableOfType(ConflictException.class, () -> aiva.candidates()
                .createCandidate(new CandidateCreate().firstName("Grace").lastName("Hopper").email("g@example.com").externalId("gh-1"), null));

        assertThat(e.getFieldErrors()).extracting(FieldError::getField).containsExactly("/externalId");
        assertThat(e.getMessage()).isEqualTo("createCandidate: 409 conflict: Conflict (request req-409)");
    }

    @Test
    void rateLimitedCarriesRetryAfter() {
        stubFor(get(CANDIDATE_PATH).willReturn(problem(429, problemJson(429, "rate_limited", "Too many requests", "Slow down.", "req-429"))
                .withHeader("Retry-After", "3")));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> aiva.candidates().getCandidate(CANDIDATE));

        assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void aPreconditionFailureOfAReplaceIsTyped() {
        UUID question = UUID.randomUUID();
        stubFor(put("/api/v1/questions/" + question).willReturn(problem(412,
                problemJson(412, "precondition_failed", "Precondition failed", "The question changed since.", "req-412"))));

        assertThatThrownBy(() -> aiva.questions().replaceQuestion(question, new QuestionWrite(), "\"3\""))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("replaceQuestion: 412 precondition_failed");
    }

    @Test
    void anAnswerWithoutProblemDetailsStillGivesStatusAndRequestId() {
        stubFor(get(CANDIDATE_PATH).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withHeader("X-Request-Id", "req-proxy").withBody("<html><body>Bad gateway</body></html>")));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> aiva.candidates().getCandidate(CANDIDATE));

        assertThat(e.getCode()).isEqualTo(502);
        assertThat(e.getProblem()).isNull();
        assertThat(e.getProblemCode()).isNull();
        assertThat(e.getRequestId()).isEqualTo("req-proxy");
        assertThat(e.getResponseBody()).contains("Bad gateway");
        assertThat(e.getMessage()).isEqualTo("getCandidate: 502: <html><body>Bad gateway</body></html> (request req-proxy)");
    }

    @Test
    void theProblemsRequestIdServesWhenTheHeaderIsMissing() {
        stubFor(get(CANDIDATE_PATH).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody(problemJson(403, "forbidden", "Not allowed", "Only company admins may do this.", "req-body"))));

        ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> aiva.candidates().getCandidate(CANDIDATE));

        assertThat(e.getRequestId()).isEqualTo("req-body");
    }

    private Throwable thrownFor(int status, String code) {
        UUID id = UUID.randomUUID();
        stubFor(get("/api/v1/candidates/" + id).willReturn(problem(status, problemJson(status, code, "Title", "Detail.", "req-" + status))));
        return catchThrowableOfType(ApiException.class, () -> aiva.candidates().getCandidate(id));
    }

    private static ResponseDefinitionBuilder problem(int status, String body) {
        String requestId = body.replaceAll(".*\"requestId\":\"([^\"]+)\".*", "$1");
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withHeader("X-Request-Id", requestId).withBody(body);
    }
}
