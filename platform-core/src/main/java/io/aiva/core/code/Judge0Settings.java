package io.aiva.core.code;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a Judge0 CE instance is and how to talk to it: a self-hosted instance (with its optional
 * authentication token) or the hosted one on RapidAPI; the Judge0 language id for each language name
 * the platform uses; and the bounds on waiting and on the output kept.
 *
 * @param baseUrl        the API's base, without a trailing slash
 * @param headers        sent with every request; they hold the credentials, so {@link #toString()} leaves them out
 * @param languageIds    Judge0 {@code language_id} by the platform's language name (lower case)
 * @param requestTimeout the longest one HTTP request may take, connecting included
 * @param pollInterval   the wait between two looks at tests still in queue or processing
 * @param deadline       the longest a whole run may take, from submitting to the last result
 * @param maxBatchSize   the most submissions per batch request (Judge0's {@code MAX_SUBMISSION_BATCH_SIZE})
 * @param maxOutputChars the most characters kept of each output of a visible test
 */
public record Judge0Settings(String baseUrl, Map<String, String> headers, Map<String, Integer> languageIds,
        Duration requestTimeout, Duration pollInterval, Duration deadline, int maxBatchSize, int maxOutputChars) {

    public static final String RAPIDAPI_URL = "https://judge0-ce.p.rapidapi.com";
    public static final String RAPIDAPI_HOST = "judge0-ce.p.rapidapi.com";
    /** The header a self-hosted instance reads its token from unless its {@code AUTHN_HEADER} says otherwise. */
    public static final String DEFAULT_AUTH_HEADER = "X-Auth-Token";

    /**
     * Judge0 CE's ids (its {@code GET /languages}, releases 1.13.x): Python 3.8.1, OpenJDK 13 (class
     * {@code Main}), Node.js 12, GCC 9.2, Go 1.13, Mono 6.6, TypeScript 3.7, Ruby 2.7, Kotlin 1.3,
     * Rust 1.40. Another instance or edition (Judge0 Extra CE) numbers them otherwise: override them.
     */
    public static final Map<String, Integer> DEFAULT_LANGUAGE_IDS = Map.ofEntries(
            Map.entry("python", 71), Map.entry("java", 62), Map.entry("javascript", 63),
            Map.entry("c", 50), Map.entry("cpp", 54), Map.entry("go", 60), Map.entry("csharp", 51),
            Map.entry("typescript", 74), Map.entry("ruby", 72), Map.entry("kotlin", 78), Map.entry("rust", 73));

    // Judge0's default MAX_SUBMISSION_BATCH_SIZE; a larger batch is refused with HTTP 400.
    private static final int JUDGE0_MAX_BATCH_SIZE = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int MAX_OUTPUT_CHARS = 4_000;

    public Judge0Settings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        headers = Map.copyOf(headers);
        languageIds = Map.copyOf(languageIds);
        if (requestTimeout.isNegative() || requestTimeout.isZero() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the request timeout and the deadline must be positive");
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("the poll interval must not be negative");
        }
        if (maxBatchSize < 1 || maxOutputChars < 1) {
            throw new IllegalArgumentException("the batch size and the output kept must be at least 1");
        }
    }

    /**
     * A Judge0 instance of one's own.
     *
     * @param authHeader the instance's {@code AUTHN_HEADER}; {@value #DEFAULT_AUTH_HEADER} when blank
     * @param authToken  one of its {@code AUTHN_TOKEN}s; none is sent when blank
     */
    public static Judge0Settings selfHosted(String baseUrl, String authHeader, String authToken) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authToken != null && !authToken.isBlank()) {
            headers.put(authHeader == null || authHeader.isBlank() ? DEFAULT_AUTH_HEADER : authHeader.strip(), authToken.strip());
        }
        return withDefaults(baseUrl, headers);
    }

    /** Judge0 CE as RapidAPI hosts it, with one's RapidAPI key. */
    public static Judge0Settings rapidApi(String apiKey) {
        return rapidApi(RAPIDAPI_URL, RAPIDAPI_HOST, apiKey);
    }

    /** A Judge0 API on RapidAPI, such as another edition, or a stand-in for one. */
    public static Judge0Settings rapidApi(String baseUrl, String rapidApiHost, String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RapidAPI-Key", apiKey.strip());
        headers.put("X-RapidAPI-Host", rapidApiHost);
        return withDefaults(baseUrl, headers);
    }

    private static Judge0Settings withDefaults(String baseUrl, Map<String, String> headers) {
        return new Judge0Settings(baseUrl, headers, DEFAULT_LANGUAGE_IDS, REQUEST_TIMEOUT, POLL_INTERVAL, DEADLINE,
                JUDGE0_MAX_BATCH_SIZE, MAX_OUTPUT_CHARS);
    }

    /** These settings with the given language ids added to the table, or replacing its entries. */
    public Judge0Settings withLanguageIds(Map<String, Integer> overrides) {
        Map<String, Integer> ids = new HashMap<>(languageIds);
        overrides.forEach((language, id) -> ids.put(language.strip().toLowerCase(Locale.ROOT), id));
        return new Judge0Settings(baseUrl, headers, ids, requestTimeout, pollInterval, deadline, maxBatchSize, maxOutputChars);
    }

    public Judge0Settings withRequestTimeout(Duration timeout) {
        return new Judge0Settings(baseUrl, headers, languageIds, timeout, pollInterval, deadline, maxBatchSize, maxOutputChars);
    }

    public Judge0Settings withPolling(Duration interval, Duration overallDeadline) {
        return new Judge0Settings(baseUrl, headers, languageIds, requestTimeout, interval, overallDeadline, maxBatchSize,
                maxOutputChars);
    }

    public Judge0Settings withMaxBatchSize(int size) {
        return new Judge0Settings(baseUrl, headers, languageIds, requestTimeout, pollInterval, deadline, size, maxOutputChars);
    }

    public Judge0Settings withMaxOutputChars(int chars) {
        return new Judge0Settings(baseUrl, headers, languageIds, requestTimeout, pollInterval, deadline, maxBatchSize, chars);
    }

    /** The settings without the headers' values, which are credentials. */
    @Override
    public String toString() {
        return "Judge0Settings[baseUrl=" + baseUrl + ", headers=" + headers.keySet() + ", languageIds=" + languageIds
                + ", requestTimeout=" + requestTimeout + ", pollInterval=" + pollInterval + ", deadline=" + deadline
                + ", maxBatchSize=" + maxBatchSize + ", maxOutputChars=" + maxOutputChars + "]";
    }
}
