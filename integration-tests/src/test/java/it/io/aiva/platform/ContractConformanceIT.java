package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;

/** The check every raw call of the tests goes through does catch an answer outside the contract. */
class ContractConformanceIT {

    private static final String CANDIDATE = "/v1/candidates/7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f";

    @Test
    void anAnswerAsDocumentedPasses() {
        assertThatCode(() -> ContractConformance.check("/api", "GET", CANDIDATE, answer(200, """
                {"id":"7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f","firstName":"A","lastName":"B","email":"a@b.example",
                 "createdAt":"2026-11-29T10:00:00Z","updatedAt":"2026-11-29T10:00:00Z"}""", "application/json")))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingRequiredFieldAWrongTypeOrAnUndocumentedStatusFails() {
        assertThatThrownBy(() -> ContractConformance.check("/api", "GET", CANDIDATE,
                answer(200, "{\"id\":5,\"firstName\":\"A\"}", "application/json"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ContractConformance.check("/api", "GET", CANDIDATE,
                answer(418, "{}", "application/json"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ContractConformance.check("/interview/api", "GET", "/session",
                answer(200, "{\"status\":\"dancing\"}", "application/json"))).isInstanceOf(AssertionError.class);
    }

    private static HttpResponse<String> answer(int status, String body, String contentType) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("http://localhost/")).build();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true);
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://localhost/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
