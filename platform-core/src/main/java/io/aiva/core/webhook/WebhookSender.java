package io.aiva.core.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.core.webhook.DeliveryTargets.NonPublicAddressException;

/**
 * Makes one attempt: a signed {@code POST} of the message, no redirects followed (a redirect could
 * lead past the address check), the attempt over within the timeout (15 s unless configured), the
 * first 4 KB of the answer read. The connection is made to the addresses {@link DeliveryTargets}
 * checked, in the same lookup.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "AIVA-Webhooks/1.0";

    /** What is read of an endpoint's answer: more than is kept of it, so that a multi-byte character is not cut. */
    private static final int READ_BODY_BYTES = 4 * AttemptOutcome.KEPT_BODY_CHARACTERS;

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
    private CloseableHttpClient client;
    private DeliveryTargets targets;
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        targets = new DeliveryTargets(developmentMode, resolver);
        Timeout timeout = Timeout.ofSeconds(timeoutSeconds);
        // No proxy is configured (nor taken from system properties): through one, only the proxy's
        // name would go through the resolver below.
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(targets))
                        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(timeout).build())
                        .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(timeout).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                // Uncompressed, so that the body read is the connection's, which can be dropped after 4 KB.
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        client.close(CloseMode.IMMEDIATE);
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
        // The timeouts above bound each step; this bounds the attempt, so an endpoint that answers a
        // byte at a time cannot hold one of the jobs' few threads.
        ScheduledFuture<?> deadline = scheduler.schedule(request::cancel, timeoutSeconds, TimeUnit.SECONDS);
        try {
            return client.execute(request, response -> AttemptOutcome.answered(startedAt, response.getCode(),
                    since(started), start(response.getEntity())));
        } catch (NonPublicAddressException e) {
            return AttemptOutcome.unanswered(startedAt, since(started), "Not sent: the URL " + DeliveryTargets.NON_PUBLIC + ".");
        } catch (UnknownHostException e) {
            return AttemptOutcome.unanswered(startedAt, since(started), "Not sent: the URL's host does not resolve.");
        } catch (IOException | IllegalStateException e) {
            return AttemptOutcome.unanswered(startedAt, since(started), failure(e, request));
        } finally {
            deadline.cancel(false);
        }
    }

    private String failure(Exception e, HttpPost request) {
        if (stopped) {
            return "The server stopped during the attempt.";
        }
        if (request.isCancelled() || e instanceof SocketTimeoutException) {
            return "No answer within " + timeoutSeconds + " s.";
        }
        if (e instanceof ConnectException) {
            return "The connection was refused or could not be made.";
        }
        return "The connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".";
    }

    /**
     * The start of an answer's body. When it fills what is read, the connection is dropped: closing
     * the body would read the rest, however long it is. The status has arrived by then, so a body
     * that fails half-way still leaves an answer.
     */
    private static String start(HttpEntity entity) {
        if (entity == null) {
            return null;
        }
        try {
            InputStream body = entity.getContent();
            byte[] start = body.readNBytes(READ_BODY_BYTES);
            if (start.length == READ_BODY_BYTES && body instanceof EofSensorInputStream connection) {
                connection.abort();
            }
            return new String(start, StandardCharsets.UTF_8);
        } catch (IOException cutShort) {
            return null;
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The HTTP client's name lookup: only the addresses the delivery rule admits, from the same lookup. */
    private record CheckedResolver(DeliveryTargets targets) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return targets.addresses(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
