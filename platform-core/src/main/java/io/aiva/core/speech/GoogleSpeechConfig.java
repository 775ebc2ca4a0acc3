package io.aiva.core.speech;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link GoogleSpeechTranscriber} reaches Google Cloud Speech-to-Text v1: where, as whom, with
 * which model, and how long it waits and retries. {@link #defaults()} suits production; tests point
 * {@code endpoint} at a local stub, authenticate as nobody and poll without pause.
 *
 * @param endpoint       {@code null} for Google's own ({@code speech.googleapis.com:443}); a regional
 *                       one such as {@code eu-speech.googleapis.com:443}; or, for a local stub,
 *                       {@code http://127.0.0.1:8089} (an explicit {@code http://} is kept; without a
 *                       scheme, {@code https://} is used)
 * @param model          the recognition model ({@code latest_long} suits spontaneous speech of
 *                       several minutes); blank lets Google choose
 * @param requestTimeout how long one HTTP request (the start, or one poll) may take
 * @param maxAttempts    attempts to start the recognition while Google answers 503 (1 = no
 *                       retry); nothing else is retried here (the caller's durable job is)
 * @param retryDelay     the wait before the second attempt, doubling after each (at most 4 times)
 * @param pollInterval   the wait between asking whether the recognition is done
 * @param pollDeadline   how long to keep asking before giving up on the recognition
 */
public record GoogleSpeechConfig(String endpoint, Authentication authentication, String model, Duration requestTimeout,
        int maxAttempts, Duration retryDelay, Duration pollInterval, Duration pollDeadline) {

    public GoogleSpeechConfig {
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(pollDeadline, "pollDeadline");
        if (endpoint != null && endpoint.isBlank()) {
            endpoint = null;
        }
        model = model == null ? "" : model.strip();
        if (requestTimeout.isNegative() || requestTimeout.isZero() || pollDeadline.isNegative() || pollDeadline.isZero()) {
            throw new IllegalArgumentException("the request timeout and the polling deadline must be positive");
        }
        if (retryDelay.isNegative() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("the retry delay and the polling interval cannot be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
    }

    /**
     * Google's endpoint, Application Default Credentials, {@code latest_long}, 30 s per request
     * (inline audio is up to 10 MB), 3 attempts 1 s apart, a poll every 5 s for at most 10 minutes
     * (Google processes audio faster than real time; answers are a few minutes long).
     */
    public static GoogleSpeechConfig defaults() {
        return new GoogleSpeechConfig(null, Authentication.applicationDefault(), "latest_long", Duration.ofSeconds(30), 3,
                Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    public GoogleSpeechConfig withEndpoint(String endpoint) {
        return new GoogleSpeechConfig(endpoint, authentication, model, requestTimeout, maxAttempts, retryDelay, pollInterval,
                pollDeadline);
    }

    public GoogleSpeechConfig withAuthentication(Authentication authentication) {
        return new GoogleSpeechConfig(endpoint, authentication, model, requestTimeout, maxAttempts, retryDelay, pollInterval,
                pollDeadline);
    }

    public GoogleSpeechConfig withModel(String model) {
        return new GoogleSpeechConfig(endpoint, authentication, model, requestTimeout, maxAttempts, retryDelay, pollInterval,
                pollDeadline);
    }

    public GoogleSpeechConfig withRequestTimeout(Duration requestTimeout) {
        return new GoogleSpeechConfig(endpoint, authentication, model, requestTimeout, maxAttempts, retryDelay, pollInterval,
                pollDeadline);
    }

    public GoogleSpeechConfig withRetries(int maxAttempts, Duration retryDelay) {
        return new GoogleSpeechConfig(endpoint, authentication, model, requestTimeout, maxAttempts, retryDelay, pollInterval,
                pollDeadline);
    }

    public GoogleSpeechConfig withPolling(Duration pollInterval, Duration pollDeadline) {
        return new GoogleSpeechConfig(endpoint, authentication, model, requestTimeout, maxAttempts, retryDelay, pollInterval,
                pollDeadline);
    }

    /** Who the requests are sent as. */
    public sealed interface Authentication {

        /**
         * Application Default Credentials: {@code GOOGLE_APPLICATION_CREDENTIALS}, the gcloud user's,
         * or the service account of the GKE workload or VM the server runs on.
         */
        static Authentication applicationDefault() {
            return new ApplicationDefault();
        }

        /** A service account's JSON key file, kept outside the application's configuration. */
        static Authentication serviceAccountKey(Path keyFile) {
            return new ServiceAccountKey(keyFile);
        }

        /** No credentials at all: only for a local stand-in of the API. */
        static Authentication none() {
            return new None();
        }

        record ApplicationDefault() implements Authentication {
        }

        record ServiceAccountKey(Path keyFile) implements Authentication {
            public ServiceAccountKey {
                Objects.requireNonNull(keyFile, "keyFile");
            }
        }

        record None() implements Authentication {
        }
    }
}
