package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.LocalStack;

@ExtendWith(Platform.class)
class HealthIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readinessIsUpWithTheDatabaseCheckPassing(LocalStack platform) throws Exception {
        HttpResponse<String> response = Platform.get(platform.baseUri().resolve("/health/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("checks")).anySatisfy(check -> {
            assertThat(check.path("name").asText()).isEqualTo("database");
            assertThat(check.path("status").asText()).isEqualTo("UP");
        });
    }

    @Test
    void livenessAndStartupAreUp(LocalStack platform) throws Exception {
        for (String path : new String[] {"/health/live", "/health/started"}) {
            HttpResponse<String> response = Platform.get(platform.baseUri().resolve(path));

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(json.readTree(response.body()).path("status").asText()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void theThreeWebModulesAnswerAtTheirContextRoots(LocalStack platform) throws Exception {
        assertThat(Platform.get(platform.baseUri().resolve("/admin/")).body()).contains("AIVA console");
        assertThat(Platform.get(platform.baseUri().resolve("/interview/")).body()).contains("AIVA interview");
        assertThat(Platform.get(platform.baseUri().resolve("/api/v1/status")).statusCode()).isEqualTo(200);
    }
}
