package io.aiva.sdk.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

import io.aiva.sdk.model.Problem;

/**
 * 429: the caller is over its rate limit. The client has already waited and retried as its
 * {@link RetryPolicy} allows; {@link #getRetryAfter()} says how long AIVA asked to wait before the next try.
 */
public class RateLimitedException extends AivaApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param message what failed, for logs
     * @param status the HTTP status
     * @param headers the answer's headers
     * @param body the answer's body, as text
     * @param problem the problem details read from the body, or {@code null} if it held none
     * @param retryAfter the answer's {@code Retry-After}, or {@code null} if it had none
     */
    public RateLimitedException(String message, int status, HttpHeaders headers, String body, Problem problem,
            Duration retryAfter) {
        super(message, status, headers, body, problem);
        this.retryAfter = retryAfter;
    }

    /**
     * @return how long to wait before trying again, from the answer's {@code Retry-After}
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
