package io.aiva.sdk.client;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@link HttpClient} the generated API classes send through: it wraps the real one and, for every call,
 * sets {@code User-Agent}, gives a {@code POST} without an {@code Idempotency-Key} a new one, and sets a
 * current {@code Authorization} token.
 *
 * <p>This is the seam the generated {@code native} client offers for that: each API class sends with
 * {@code HttpClient.send}, while a request interceptor ({@code Consumer<HttpRequest.Builder>}) cannot see the
 * method and headers of the request it adds to.
 */
final class AivaTransport extends HttpClient {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient delegate;
    private final ClientCredentialsTokens tokens;
    private final String userAgent;
    private final boolean automaticIdempotencyKeys;

    AivaTransport(HttpClient delegate, ClientCredentialsTokens tokens, String userAgent, boolean automaticIdempotencyKeys) {
        this.delegate = delegate;
        this.tokens = tokens;
        this.userAgent = userAgent;
        this.automaticIdempotencyKeys = automaticIdempotencyKeys;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
        String token = tokens.token();
        HttpResponse<T> response = delegate.send(authorized(prepare(request), token), handler);
        if (response.statusCode() == 401) {
            tokens.invalidate(token);
        }
        return response;
    }

    /** The request as every attempt sends it, before the token: with our User-Agent and, for a POST, a key. */
    private HttpRequest prepare(HttpRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true).setHeader("User-Agent", userAgent);
        if (automaticIdempotencyKeys && "POST".equals(request.method()) && request.headers().firstValue(IDEMPOTENCY_KEY).isEmpty()) {
            builder.setHeader(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
        return builder.build();
    }

    private static HttpRequest authorized(HttpRequest request, String token) {
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", "Bearer " + token)
                .build();
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
