package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiClient;
import io.aiva.sdk.ApiResponse;
import io.aiva.sdk.api.StatusApi;
import io.aiva.sdk.model.ApiStatus;

@ExtendWith(Platform.class)
class StatusIT {

    @Test
    void theJavaSdkReadsTheStatusOperation(LocalStack platform) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(platform.baseUri().resolve("/api").toString());

        ApiResponse<ApiStatus> response = new StatusApi(client).getApiStatusWithHttpInfo();

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getData().getService()).isEqualTo("AIVA");
        assertThat(response.getData().getApiVersion()).isEqualTo("1.0.0");
        assertThat(Duration.between(response.getData().getServerTime(), OffsetDateTime.now()).abs())
                .isLessThan(Duration.ofMinutes(5));
        assertThat(response.getHeaders().get("x-request-id")).singleElement().asString().isNotBlank();
    }

    @Test
    void aCallersRequestIdIsEchoedAndAnUnsafeOneReplaced(LocalStack platform) throws Exception {
        HttpResponse<String> echoed = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/status"))
                .header("X-Request-Id", "ats-sync-2026-11-28-0001").build());
        HttpResponse<String> replaced = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/status"))
                .header("X-Request-Id", "<script>").build());

        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("ats-sync-2026-11-28-0001");
        assertThat(replaced.headers().firstValue("X-Request-Id")).get().asString()
                .isNotEqualTo("<script>").matches("[0-9a-f-]{36}");
    }

    @Test
    void anUnknownPathIsAProblemDocumentCarryingTheRequestId(LocalStack platform) throws Exception {
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD))
                .build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("not_found");
        assertThat(problem.path("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("RESTEASY", "Exception", "\tat ");
    }

    @Test
    void anAnonymousCallerLearnsNothingAboutWhichPathsExist(LocalStack platform) throws Exception {
        HttpResponse<String> response = Platform.get(platform.baseUri().resolve("/api/v1/no-such-thing"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(new ObjectMapper().readTree(response.body()).path("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void aWrongMethodIsAProblemDocumentNamingTheAllowedOnes(LocalStack platform) throws Exception {
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/status"))
                .DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(new ObjectMapper().readTree(response.body()).path("code").asText()).isEqualTo("method_not_allowed");
    }
}
