package io.aiva.sdk.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of an API client from Keycloak's token endpoint (OAuth 2.0 {@code client_credentials}, client id
 * and secret in the form body). A token is kept and shared by all threads until shortly before it expires; then
 * one thread fetches the next while the others wait for it.
 */
final class ClientCredentialsTokens {

    /** Refresh this long before expiry, or at half the lifetime for shorter-lived tokens. */
    private static final Duration EARLY_REFRESH = Duration.ofSeconds(30);
    /** The lifetime assumed when the endpoint does not say ({@code expires_in} is only recommended). */
    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);

    private record Token(String value, Instant refreshAt) {
    }

    private final HttpClient http;
    private final URI tokenUrl;
    private final String form;
    private final String userAgent;
    private final Duration timeout;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicReference<Token> current = new AtomicReference<>();

    ClientCredentialsTokens(HttpClient http, URI tokenUrl, String clientId, String clientSecret, String scope,
            String userAgent, Duration timeout, ObjectMapper mapper, Clock clock) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret)
                + (scope == null || scope.isBlank() ? "" : "&scope=" + encode(scope));
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A token valid for a while yet: the kept one, or a new one. */
    String token() throws IOException, InterruptedException {
        Token token = current.get();
        if (fresh(token)) {
            return token.value();
        }
        refreshing.lockInterruptibly();
        try {
            token = current.get();
            if (fresh(token)) {
                return token.value();
            }
            token = fetch();
            current.set(token);
            return token.value();
        } finally {
            refreshing.unlock();
        }
    }

    /** Forgets the token if it is still the kept one (the API refused it), so the next call fetches another. */
    void invalidate(String value) {
        Token token = current.get();
        if (token != null && token.value().equals(value)) {
            current.compareAndSet(token, null);
        }
    }

    private boolean fresh(Token token) {
        return token != null && clock.instant().isBefore(token.refreshAt());
    }

    private Token fetch() throws IOException, InterruptedException {
        Instant asked = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(form, UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        JsonNode json = json(response.body());
        if (response.statusCode() != 200) {
            String error = text(json, "error");
            String description = text(json, "error_description");
            throw new AccessTokenException("the token endpoint " + tokenUrl + " answered " + response.statusCode()
                    + (error == null ? "" : " " + error) + (description == null ? "" : ": " + description),
                    response.statusCode(), error);
        }
        String accessToken = text(json, "access_token");
        if (accessToken == null || accessToken.isBlank()) {
            throw new AccessTokenException("the token endpoint " + tokenUrl + " answered without an access_token",
                    response.statusCode(), null);
        }
        JsonNode expiresIn = json == null ? null : json.get("expires_in");
        Duration lifetime = expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0
                ? Duration.ofSeconds(expiresIn.asLong())
                : DEFAULT_LIFETIME;
        Duration early = lifetime.dividedBy(2).compareTo(EARLY_REFRESH) < 0 ? lifetime.dividedBy(2) : EARLY_REFRESH;
        return new Token(accessToken, asked.plus(lifetime).minus(early));
    }

    private JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }
}
