package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LibertyJvm;
import io.aiva.localstack.LibertyServer;
import io.aiva.localstack.LocalStack;

/**
 * A server whose database is down starts anyway, says why once, and recovers when the database
 * comes; a server without the key for stored secrets says why and never takes traffic.
 */
class DatabaseOutageIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void theServerStartsWithoutItsDatabaseReportsWhyOnceAndBecomesReadyWhenItArrives() throws Exception {
        int databasePort = LocalStack.freePort();
        String ownerPassword = EmbeddedDatabase.randomPassword();
        String appPassword = EmbeddedDatabase.randomPassword();
        String jdbcUrl = "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE;

        Map<String, String> environment = new LinkedHashMap<>(EmbeddedDatabase.libertyEnvironment(jdbcUrl, ownerPassword, appPassword));
        environment.put("AIVA_SECRETS_KEY", LocalStack.newSecretsKey());

        try (LibertyServer liberty = LibertyServer.start(Platform.libertyInstall(), Platform.libertyServerName(),
                LocalStack.freePort(), environment, Platform.libertyOutput("database-outage"), true, LibertyJvm.DEFAULT)) {
            liberty.awaitStarted(LIMIT);

            HttpResponse<String> notReady = Platform.get(liberty.baseUri().resolve("/health/ready"));
            assertThat(notReady.statusCode()).isEqualTo(503);
            JsonNode checks = new ObjectMapper().readTree(notReady.body()).path("checks");
            JsonNode databaseCheck = check(checks, "database");
            assertThat(databaseCheck.path("status").asText()).isEqualTo("DOWN");
            assertThat(databaseCheck.path("data").path("reason").asText()).contains("Connection refused").doesNotContain("\n");
            assertThat(check(checks, "secrets").path("status").asText()).isEqualTo("UP");
            assertThat(Platform.get(liberty.baseUri().resolve("/health/ready")).statusCode()).isEqualTo(503);

            try (EmbeddedDatabase database = EmbeddedDatabase.start(null, databasePort, ownerPassword, appPassword)) {
                liberty.awaitReady(LIMIT);

                List<String> console = Files.readAllLines(liberty.consoleLog());
                // Once per reason, however many retries: while the database is being set up it may
                // briefly give a second reason (its roles not created yet), which is reported once too.
                assertThat(console).filteredOn(line -> line.contains("AIVA cannot migrate the database yet (Connection refused)"))
                        .hasSize(1);
                assertThat(console).noneSatisfy(line -> assertThat(line).startsWith("\tat "));
                assertThat(console).noneSatisfy(line -> assertThat(line).contains("CWMMH0052W"));
            }
        }
    }

    @Test
    void aServerWithoutTheKeyForStoredSecretsIsNeverReadyAndSaysWhyOnce() throws Exception {
        String unreachable = "jdbc:postgresql://localhost:" + LocalStack.freePort() + "/" + EmbeddedDatabase.DATABASE;
        Map<String, String> environment = EmbeddedDatabase.libertyEnvironment(unreachable,
                EmbeddedDatabase.randomPassword(), EmbeddedDatabase.randomPassword());

        try (LibertyServer liberty = LibertyServer.start(Platform.libertyInstall(), Platform.libertyServerName(),
                LocalStack.freePort(), environment, Platform.libertyOutput("secrets-key-missing"), true, LibertyJvm.DEFAULT)) {
            liberty.awaitStarted(LIMIT);

            HttpResponse<String> notReady = Platform.get(liberty.baseUri().resolve("/health/ready"));
            assertThat(notReady.statusCode()).isEqualTo(503);
            JsonNode secrets = check(new ObjectMapper().readTree(notReady.body()).path("checks"), "secrets");
            assertThat(secrets.path("status").asText()).isEqualTo("DOWN");
            assertThat(secrets.path("data").path("reason").asText()).startsWith("AIVA_SECRETS_KEY is not set");
            assertThat(Platform.get(liberty.baseUri().resolve("/health/ready")).statusCode()).isEqualTo(503);
            assertThat(Files.readAllLines(liberty.consoleLog()))
                    .filteredOn(line -> line.contains("AIVA_SECRETS_KEY is not set")).hasSize(1);
        }
    }

    private static JsonNode check(JsonNode checks, String name) {
        for (JsonNode check : checks) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no readiness check named " + name + " in " + checks);
    }
}
