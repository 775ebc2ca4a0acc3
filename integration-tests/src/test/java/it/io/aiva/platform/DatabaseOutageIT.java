package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LibertyJvm;
import io.aiva.localstack.LibertyServer;
import io.aiva.localstack.LocalStack;

/** A server whose database is down starts anyway, says why once, and recovers when the database comes. */
class DatabaseOutageIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void theServerStartsWithoutItsDatabaseReportsWhyOnceAndBecomesReadyWhenItArrives() throws Exception {
        int databasePort = LocalStack.freePort();
        String ownerPassword = EmbeddedDatabase.randomPassword();
        String appPassword = EmbeddedDatabase.randomPassword();
        String jdbcUrl = "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE;

        try (LibertyServer liberty = LibertyServer.start(Platform.libertyInstall(), Platform.libertyServerName(),
                LocalStack.freePort(), EmbeddedDatabase.libertyEnvironment(jdbcUrl, ownerPassword, appPassword),
                Platform.libertyOutput("database-outage"), true, LibertyJvm.DEFAULT)) {
            liberty.awaitStarted(LIMIT);

            HttpResponse<String> notReady = Platform.get(liberty.baseUri().resolve("/health/ready"));
            assertThat(notReady.statusCode()).isEqualTo(503);
            JsonNode check = new ObjectMapper().readTree(notReady.body()).path("checks").path(0);
            assertThat(check.path("name").asText()).isEqualTo("database");
            assertThat(check.path("status").asText()).isEqualTo("DOWN");
            assertThat(check.path("data").path("reason").asText()).contains("Connection refused").doesNotContain("\n");
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
}
