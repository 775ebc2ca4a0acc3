package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;

/**
 * A company's Node.js integration drives AIVA through the JavaScript SDK as built (sdk-js's
 * target/dist), with its own API client's credentials from Keycloak: the script in src/test/js does
 * what an integration does and prints what it saw; this test checks it against the platform.
 */
@ExtendWith(Platform.class)
class JsSdkIT {

    @Test
    void aNodeIntegrationCreatesACandidateAssignsAndPagesThroughWithTypedErrors(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "js-sdk");
        String admin = company.adminToken(platform);
        String template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("JS SDK", "en",
                TemplatesIT.firstQuestion(platform, admin, "type=technical&language=en"), 1)).token(admin).send().json()
                .get("id").asText();
        ApiClientCredentials credentials = new ApiClientsApi(Platform.apiClient(platform, admin))
                .createApiClient(new ApiClientCreate().name("ATS via the JavaScript SDK"), null);

        JsonNode saw = run(Map.of("AIVA_SDK_JS", System.getProperty("aiva.sdk.js"),
                "AIVA_API", platform.baseUri() + "/api",
                "AIVA_TOKEN_URL", credentials.getTokenUrl().toString(),
                "AIVA_CLIENT_ID", credentials.getClient().getClientId(),
                "AIVA_CLIENT_SECRET", credentials.getClientSecret(),
                "AIVA_TEMPLATE_ID", template));

        assertThat(saw.get("again").asText()).as("the same Idempotency-Key gives the same candidate")
                .isEqualTo(saw.get("candidate").asText());
        assertThat(texts(saw.get("paged"))).as("every assignment, paged two at a time").hasSize(3)
                .containsExactlyInAnyOrderElementsOf(texts(saw.get("assigned")));
        JsonNode notFound = saw.get("notFound");
        assertThat(notFound.get("isAivaApiError").asBoolean()).isTrue();
        assertThat(notFound.get("status").asInt()).isEqualTo(404);
        assertThat(notFound.get("code").asText()).isEqualTo("not_found");
        assertThat(notFound.get("requestId").asText()).isNotBlank();
        String candidate = saw.get("candidate").asText();
        assertThat(ApiCall.get(platform, "/v1/assignments?candidateId=" + candidate).token(admin).send().json().get("data"))
                .as("what the script made is in the company").hasSize(3);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode run(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder node = new ProcessBuilder("node", System.getProperty("aiva.sdk.js.flow")).redirectErrorStream(true);
        node.environment().putAll(environment);
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        String[] lines = output.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }
}
