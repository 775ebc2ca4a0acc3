package io.aiva.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens live only minutes (the realm says 300 s), so every load run gets a new one, checked
 * to outlive the run: an expiring token would turn the rest of the run into 401s.
 */
final class AccessTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String holder;
    private final Supplier<String> source;

    /** @param holder who the tokens are of, for the message when a run would outlast one */
    AccessTokens(String holder, Supplier<String> source) {
        this.holder = holder;
        this.source = source;
    }

    /** A fresh token still valid once {@code run} is over. */
    String lasting(Duration run) throws JsonProcessingException {
        String token = source.get();
        Instant expiry = Instant.ofEpochSecond(JSON.readTree(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).path("exp").asLong());
        Duration left = Duration.between(Instant.now(), expiry);
        if (left.compareTo(run) < 0) {
            throw new IllegalArgumentException("a " + run.toSeconds() + " s run outlasts the " + holder + "'s access token ("
                    + left.toSeconds() + " s left): choose a shorter -Daiva.benchmark.duration");
        }
        return token;
    }
}
