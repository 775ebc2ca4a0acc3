package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.aiva.localstack.LocalStack;

/** The published document is the contract file itself, not something rebuilt from the code. */
@ExtendWith(Platform.class)
class OpenApiDocumentIT {

    @Test
    void theServedDocumentHasExactlyThePathsAndSchemasOfTheContractFile(LocalStack platform) throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of(System.getProperty("aiva.openapi")).toFile());

        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/openapi"))
                .header("Accept", "application/json").build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode served = new ObjectMapper().readTree(response.body());
        assertThat(served.path("info").path("title")).isEqualTo(contract.path("info").path("title"));
        assertThat(served.path("info").path("version")).isEqualTo(contract.path("info").path("version"));
        assertThat(served.path("paths")).isEqualTo(contract.path("paths"));
        assertThat(served.path("components")).isEqualTo(contract.path("components"));
    }
}
