package io.aiva.sdk.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@link HttpClient} the generated API classes send through: it wraps the real one and, for every call,
 * sets {@code User-Agent}, gives a {@code POST} without an {@code Idempotency-Key} a new one (the same on every
 * attempt), sets a current {@code Authorization} token on each attempt, and tries again as the
 * {@link RetryPolicy} says.
 *
 * <p>This is the one seam the generated {@code native} client offers for all of that: each API class sends
 * with {@code HttpClient.send}, and a request interceptor ({@code Consumer<HttpRequest.Builder>}) can neither
 * see the method and headers it would add to nor send a request again.
 */
final class AivaTransport extends HttpClient {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 502, 503, 504);
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE");
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient delegate;
    private final ClientCredentialsTokens tokens;
    private final RetryPolicy policy;
    private final String userAgent;
    private final boolean automaticIdempotencyKeys;
    private final Clock clock;

    AivaTransport(HttpClient delegate, ClientCredentialsTokens tokens, RetryPolicy policy, String userAgent,
            boolean automaticIdempotencyKeys, Clock clock) {
        this.delegate = delegate;
        this.tokens = tokens;
        this.policy = policy;
        this.userAgent = userAgent;
        this.automaticIdempotencyKeys = automaticIdempotencyKeys;
        this.clock = clock;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpRequest prepared = prepare(request);
        boolean repeatable = repeatable(prepared);
        Instant giveUpAt = clock.instant().plus(policy.maxElapsed());
        for (int attempt = 1; ; attempt++) {
            String token;
            try {
                token = tokens.token();
            } catch (IOException e) {
                // Nothing was sent, so trying again is safe whatever the request; a refused secret stays refused.
                boolean refused = e instanceof AccessTokenException && !((AccessTokenException) e).isRetryable();
                if (refused || !waited(attempt, policy.backoff(attempt), giveUpAt)) {
                    throw e;
                }
                continue;
            }

            HttpResponse<T> response;
            try {
                response = delegate.send(authorized(prepared, token), handler);
            } catch (IOException e) {
                if (!repeatable || !waited(attempt, policy.backoff(attempt), giveUpAt)) {
                    throw e;
                }
                continue;
            }

            if (response.statusCode() == 401) {
                tokens.invalidate(token);
            }
            if (repeatable && (RETRIED_STATUSES.contains(response.statusCode()) || stillRunning(response))) {
                Optional<Duration> retryAfter = RetryAfter.of(response.headers(), clock);
                Duration wait = retryAfter.isPresent() ? retryAfter.get() : policy.backoff(attempt);
                if (mayRetry(attempt, wait, giveUpAt)) {
                    discard(response);
                    policy.sleeper().sleep(wait);
                    continue;
                }
            }
            return response;
        }
    }

    /**
     * A 409 with {@code Retry-After} is {@code request_in_progress}: a request with the same key is still running,
     * and the same request sent again later gets its answer. Any other 409 is final.
     */
    private static boolean stillRunning(HttpResponse<?> response) {
        return response.statusCode() == 409 && response.headers().firstValue("Retry-After").isPresent();
    }

    /** Whether another attempt may follow this one after the wait, and if so, waits. */
    private boolean waited(int attempt, Duration wait, Instant giveUpAt) throws InterruptedException {
        if (!mayRetry(attempt, wait, giveUpAt)) {
            return false;
        }
        policy.sleeper().sleep(wait);
        return true;
    }

    private boolean mayRetry(int attempt, Duration wait, Instant giveUpAt) {
        return attempt < policy.maxAttempts() && !clock.instant().plus(wait).isAfter(giveUpAt);
    }

    /** The request as every attempt sends it, before the token: with our User-Agent and, for a POST, a key. */
    private HttpRequest prepare(HttpRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true).setHeader("User-Agent", userAgent);
        if (automaticIdempotencyKeys && "POST".equals(request.method()) && request.headers().firstValue(IDEMPOTENCY_KEY).isEmpty()) {
            builder.setHeader(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
        return builder.build();
    }

    /** Safe to send again: idempotent by method, or a POST the server de-duplicates by its key. */
    private static boolean repeatable(HttpRequest request) {
        return IDEMPOTENT_METHODS.contains(request.method())
                || "POST".equals(request.method()) && request.headers().firstValue(IDEMPOTENCY_KEY).isPresent();
    }

    private static HttpRequest authorized(HttpRequest request, String token) {
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    /** Frees the connection of an answer that is not passed on. */
    private static void discard(HttpResponse<?> response) throws IOException {
        if (response.body() instanceof Closeable) {
            ((Closeable) response.body()).close();
        }
    }

    /** Not used: the generated client is synchronous ({@code asyncNative} is off). */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the AIVA SDK sends synchronously");
    }

    /** Not used: the generated client is synchronous ({@code asyncNative} is off). */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler,
            PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("the AIVA SDK sends synchronously");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
