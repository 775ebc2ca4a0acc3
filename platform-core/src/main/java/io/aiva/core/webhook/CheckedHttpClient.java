package io.aiva.core.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import io.aiva.core.webhook.DeliveryTargets.NonPublicAddressException;

/**
 * Calls a URL that came from outside (a company's webhook endpoint, Greenhouse's completion URL):
 * connects only to the addresses {@link DeliveryTargets} admits, from the same lookup; follows no
 * redirect (one could lead past that check); ends each call within the timeout, so an endpoint that
 * answers a byte at a time cannot hold one of the jobs' few threads; reads at most the first 4 KB of
 * an answer and drops the connection if more follows.
 */
public final class CheckedHttpClient implements AutoCloseable {

    /** What is read of an answer: more than a delivery log keeps, so that a multi-byte character is not cut. */
    static final int READ_BODY_BYTES = 4 * AttemptOutcome.KEPT_BODY_CHARACTERS;

    /** An answer's status and the start of its body, or why there was none. */
    public sealed interface Outcome {
    }

    /** @param bodyStart the first {@value #READ_BODY_BYTES} bytes of the body as UTF-8, or null without one */
    public record Answered(int status, String bodyStart) implements Outcome {
    }

    public record Unanswered(String reason) implements Outcome {
    }

    private final int timeoutSeconds;
    private final ScheduledExecutorService scheduler;
    private final CloseableHttpClient client;
    private volatile boolean closed;

    public CheckedHttpClient(DeliveryTargets targets, int timeoutSeconds, String userAgent, ScheduledExecutorService scheduler) {
        this.timeoutSeconds = timeoutSeconds;
        this.scheduler = scheduler;
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
                .setUserAgent(userAgent)
                .build();
    }

    public Outcome call(HttpUriRequestBase request) {
        // The timeouts above bound each step; this bounds the call, once the name is resolved.
        ScheduledFuture<?> deadline = scheduler.schedule(request::cancel, timeoutSeconds, TimeUnit.SECONDS);
        try {
            return client.execute(request, response -> new Answered(response.getCode(), start(response.getEntity())));
        } catch (NonPublicAddressException e) {
            return new Unanswered("Not sent: the URL " + DeliveryTargets.NON_PUBLIC + ".");
        } catch (UnknownHostException e) {
            return new Unanswered("Not sent: the URL's host does not resolve.");
        } catch (IOException | IllegalStateException e) {
            return new Unanswered(failure(e, request));
        } finally {
            deadline.cancel(false);
        }
    }

    @Override
    public void close() {
        closed = true;
        client.close(CloseMode.IMMEDIATE);
    }

    private String failure(Exception e, HttpUriRequestBase request) {
        if (closed) {
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
