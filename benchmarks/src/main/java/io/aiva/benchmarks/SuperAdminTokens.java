package io.aiva.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.PasswordLogin;

/**
 * Access tokens of the local stack's demo super-admin. They live only minutes (the realm says 300 s),
 * so every load run gets a new one, checked to outlive the run: an expiring token would turn the
 * rest of the run into 401s.
 */
final class SuperAdminTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PasswordLogin login;

    SuperAdminTokens(PasswordLogin login) {
        this.login = login;
    }

    /** A fresh token still valid once {@code run} is over. */
    String lasting(Duration run) throws IOException, InterruptedException {
        String token = login.accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD);
        Instant expiry = Instant.ofEpochSecond(JSON.readTree(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).path("exp").asLong());
        Duration left = Duration.between(Instant.now(), expiry);
        if (left.compareTo(run) < 0) {
            throw new IllegalArgumentException("a " + run.toSeconds() + " s run outlasts the super-admin's access token ("
                    + left.toSeconds() + " s left): choose a shorter -Daiva.benchmark.duration");
        }
        return token;
    }
}
