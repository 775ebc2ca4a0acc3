package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LibertyJvm;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiClient;

/**
 * Starts the platform once for the whole test run through the same launcher as the run command,
 * and hands it to every test that asks for a {@link LocalStack}. JUnit closes it after the last test.
 * The first failing test prints the shared server's warnings and errors, since CI keeps only the
 * build's output.
 */
public class Platform implements ParameterResolver, TestWatcher {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SERVER_LOG_LINES = 60;
    private static final AtomicBoolean SERVER_LOG_SHOWN = new AtomicBoolean();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class).stack;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Path messages = libertyOutput("shared").resolve(libertyServerName()).resolve("logs/messages.log");
        if (!Files.exists(messages) || SERVER_LOG_SHOWN.getAndSet(true)) {
            return;
        }
        try {
            List<String> notable = Files.readAllLines(messages).stream()
                    .filter(line -> line.matches("^\\[[^\\]]+] \\S+ +\\S+ +[EWA] .*")).toList();
            System.err.println("The shared server's last notable messages (" + messages + "), at the first failure:");
            notable.subList(Math.max(0, notable.size() - SERVER_LOG_LINES), notable.size()).forEach(System.err::println);
        } catch (IOException e) {
            System.err.println("The shared server's log could not be read: " + e.getMessage());
        }
    }

    /** Where the built server lives, as Maven tells Failsafe. */
    public static Path libertyInstall() {
        return Path.of(System.getProperty("aiva.liberty.install"));
    }

    public static String libertyServerName() {
        return System.getProperty("aiva.liberty.server");
    }

    /** A directory of its own for one Liberty instance's logs and work area. */
    public static Path libertyOutput(String instance) {
        return Path.of(System.getProperty("aiva.liberty.output"), instance);
    }

    /** A throw-away Keycloak on a free port, built once into the shared cache. */
    public static LocalStack.KeycloakOptions keycloakOptions() {
        return new LocalStack.KeycloakOptions(Path.of(System.getProperty("aiva.keycloak.dist")),
                Path.of(System.getProperty("aiva.cache.dir")), 0, Path.of(System.getProperty("aiva.keycloak.log")));
    }

    /** An SDK client of the platform's API acting with {@code accessToken}. */
    public static ApiClient apiClient(LocalStack platform, String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(platform.baseUri().resolve("/api").toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        return client;
    }

    /** The claims of a token, read without verifying it (the platform verifies; tests only look). */
    public static JsonNode claims(String token) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    public static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Makes a recurring durable job due now, as an operator could: the platform's scheduler runs it at its next poll. */
    public static void runRecurringJobNow(LocalStack platform, String jobName) throws SQLException {
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement due = database.prepareStatement(
                        "UPDATE aiva.scheduled_tasks SET execution_time = now() WHERE task_name = ? AND picked = false")) {
            due.setString(1, jobName);
            assertThat(due.executeUpdate()).as("job " + jobName + " waiting for its next run").isEqualTo(1);
        }
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final LocalStack stack;

        private Running(LocalStack stack) {
            this.stack = stack;
        }

        static Running start() {
            // Tests that wait for the platform poll its API, which limits each caller to 5 requests a
            // second after a burst (the failsafe configuration): four a second stays under it however long they wait.
            Awaitility.setDefaultPollInterval(Duration.ofMillis(250));
            try {
                return new Running(LocalStack.start(new LocalStack.Options(libertyInstall(), libertyServerName(), null, 0,
                        libertyOutput("shared"), keycloakOptions(), LibertyJvm.DEFAULT)));
            } catch (Exception e) {
                throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            stack.close();
        }
    }
}
