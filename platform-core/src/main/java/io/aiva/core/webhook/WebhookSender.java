package io.aiva.core.webhook;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one attempt: a signed {@code POST} of the message through a {@link CheckedHttpClient}, over
 * within the timeout (15 s unless configured).
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

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService scheduler;

    DeliveryTargets.Resolver resolver = InetAddress::getAllByName;

    private final Clock clock = Clock.systemUTC();
    private DeliveryTargets targets;
    private CheckedHttpClient client;

    @PostConstruct
    void start() {
        targets = new DeliveryTargets(developmentMode, resolver);
        client = new CheckedHttpClient(targets, timeoutSeconds, USER_AGENT, scheduler);
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    /** A client of its own for another kind of outside URL, under the same address rule; the caller closes it. */
    public CheckedHttpClient client(int timeoutSeconds, String userAgent) {
        return new CheckedHttpClient(targets, timeoutSeconds, userAgent, scheduler);
    }

    /** Why an endpoint may not have this URL, or empty. */
    public Optional<String> refusal(String url) {
        return targets.refusal(url);
    }

    AttemptOutcome send(String url, List<String> secrets, Message message) {
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        Optional<String> refusal = targets.formRefusal(url);
        if (refusal.isPresent()) {
            return AttemptOutcome.unanswered(startedAt, Duration.ZERO, "Not sent: the URL " + refusal.get() + ".");
        }
        long timestamp = startedAt.getEpochSecond();
        HttpPost request = new HttpPost(url);
        request.setHeader("webhook-id", message.webhookId());
        request.setHeader("webhook-timestamp", Long.toString(timestamp));
        request.setHeader("webhook-signature", WebhookSignature.header(secrets, message.webhookId(), timestamp, message.body()));
        request.setEntity(new StringEntity(message.body(), ContentType.APPLICATION_JSON));
        CheckedHttpClient.Outcome outcome = client.call(request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (outcome instanceof CheckedHttpClient.Answered answered) {
            return AttemptOutcome.answered(startedAt, answered.status(), took, answered.bodyStart());
        }
        return AttemptOutcome.unanswered(startedAt, took, ((CheckedHttpClient.Unanswered) outcome).reason());
    }
}
