package io.aiva.core.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one attempt: a signed {@code POST} of the message, no redirects followed (a redirect could
 * lead past the address check), an answer expected within the timeout (15 s unless configured).
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "AIVA-Webhooks/1.0";

    @Inject
    @ConfigProperty(name = "aiva.webhooks.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "aiva.webhooks.allow-private-targets", defaultValue = "false")
    boolean developmentMode;

    private final Clock clock = Clock.systemUTC();
    private HttpClient client;
    private DeliveryTargets targets;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        targets = new DeliveryTargets(developmentMode, InetAddress::getAllByName);
    }

    /** Why an endpoint may not have this URL, or empty. */
    public Optional<String> refusal(String url) {
        return targets.refusal(url);
    }

    AttemptOutcome send(String url, List<String> secrets, Message message) {
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        Optional<String> refusal = targets.refusal(url);
        if (refusal.isPresent()) {
            return AttemptOutcome.unanswered(startedAt, Duration.ZERO, "Not sent: the URL " + refusal.get() + ".");
        }
        long timestamp = startedAt.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", message.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(secrets, message.webhookId(), timestamp, message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return AttemptOutcome.answered(startedAt, response.statusCode(), since(started), response.body());
        } catch (HttpTimeoutException e) {
            return AttemptOutcome.unanswered(startedAt, since(started), "No answer within " + timeoutSeconds + " s.");
        } catch (ConnectException e) {
            return AttemptOutcome.unanswered(startedAt, since(started), "The connection was refused or could not be made.");
        } catch (IOException e) {
            return AttemptOutcome.unanswered(startedAt, since(started), "The connection failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptOutcome.unanswered(startedAt, since(started), "The server stopped during the attempt.");
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
