package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;

/** Idempotency-Key on POST: a retry gets the first answer and does nothing twice; misuse is told apart. */
@ExtendWith(Platform.class)
class IdempotencyIT {

    private static String integration;
    private static String admin;

    @BeforeAll
    static void company(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "idem");
        admin = company.adminToken(platform);
        ApiClientCredentials client = new ApiClientsApi(Platform.apiClient(platform, admin))
                .createApiClient(new ApiClientCreate().name("ATS"), null);
        integration = platform.login().clientToken(client.getClient().getClientId(), client.getClientSecret());
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingMore(LocalStack platform) throws Exception {
        String key = UUID.randomUUID().toString();
        String externalId = "idem-" + key;

        ApiCall.Answer first = ApiCall.post(platform, "/v1/candidates",
                "{\"firstName\":\"Ida\",\"lastName\":\"Em\",\"email\":\"ida@example.com\",\"externalId\":\"" + externalId + "\"}")
                .token(integration).header("Idempotency-Key", key).send();
        ApiCall.Answer retry = ApiCall.post(platform, "/v1/candidates",
                "{ \"externalId\": \"" + externalId + "\", \"email\": \"ida@example.com\", \"lastName\": \"Em\", \"firstName\": \"Ida\" }")
                .token(integration).header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
        assertThat(ApiCall.get(platform, "/v1/candidates?externalId=" + externalId).token(admin).send().json().get("data"))
                .hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422(LocalStack platform) throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post(platform, integration, key, "Jo", "first-" + key).status()).isEqualTo(201);

        ApiCall.Answer reused = post(platform, integration, key, "Jo", "second-" + key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(reused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(ApiCall.get(platform, "/v1/candidates?externalId=second-" + key).token(admin).send().json().get("data"))
                .isEmpty();
    }

    @Test
    void keysBelongToTheirCaller(LocalStack platform) throws Exception {
        String key = UUID.randomUUID().toString();
        ApiCall.Answer byClient = post(platform, integration, key, "Kim", "kim-" + key);

        ApiCall.Answer byAdmin = post(platform, admin, key, "Kim", "kim-admin-" + key);

        assertThat(byClient.status()).isEqualTo(201);
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.header("Idempotent-Replayed")).isNull();
        assertThat(byAdmin.json().get("id")).isNotEqualTo(byClient.json().get("id"));
    }

    @Test
    void aFailedRequestIsNotKeptSoARetryRunsAgain(LocalStack platform) throws Exception {
        String taken = "taken-" + UUID.randomUUID();
        JsonNode holder = post(platform, admin, UUID.randomUUID().toString(), "Holder", taken).json();
        String key = UUID.randomUUID().toString();
        assertThat(post(platform, integration, key, "Late", taken).status()).isEqualTo(409);
        assertThat(ApiCall.patch(platform, "/v1/candidates/" + holder.get("id").asText(), "{\"externalId\":\"moved-" + taken + "\"}")
                .token(admin).send().status()).isEqualTo(200);

        ApiCall.Answer retry = post(platform, integration, key, "Late", taken);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aRetryWhileTheFirstRequestRunsGets409AndLaterTheAnswer(LocalStack platform) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"firstName\":\"Slow\",\"lastName\":\"Request\",\"email\":\"slow@example.com\",\"externalId\":\"slow-" + key + "\"}";
        CompletableFuture<HttpResponse<String>> first;
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            database.setAutoCommit(false);
            try (Statement lock = database.createStatement()) {
                // Holds the first request inside its work, after it claimed its key.
                lock.execute("LOCK TABLE aiva.candidate IN ACCESS EXCLUSIVE MODE");
            }
            first = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(platform.baseUri() + "/api/v1/candidates"))
                    .header("Authorization", "Bearer " + integration).header("Idempotency-Key", key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitClaim(platform, key);

            ApiCall.Answer whileRunning = ApiCall.post(platform, "/v1/candidates", body).token(integration)
                    .header("Idempotency-Key", key).send();

            assertThat(whileRunning.status()).isEqualTo(409);
            assertThat(whileRunning.json().get("code").asText()).isEqualTo("request_in_progress");
            assertThat(whileRunning.header("Retry-After")).as("the SDKs wait this long, then send it again").isEqualTo("1");
            database.commit();
        }
        HttpResponse<String> firstAnswer = first.get(60, TimeUnit.SECONDS);
        ApiCall.Answer afterwards = ApiCall.post(platform, "/v1/candidates", body).token(integration)
                .header("Idempotency-Key", key).send();
        assertThat(firstAnswer.statusCode()).isEqualTo(201);
        assertThat(afterwards.status()).isEqualTo(201);
        assertThat(afterwards.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(afterwards.body()).isEqualTo(firstAnswer.body());
    }

    @Test
    void aPlatformOperatorsKeyMakesOnboardingSafeToRetry(LocalStack platform) throws Exception {
        String operator = platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD);
        String slug = "idem-op-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"Retry Co\",\"slug\":\"" + slug + "\",\"firstAdmin\":{\"email\":\"" + slug
                + "@example.com\",\"firstName\":\"R\",\"lastName\":\"Etry\"}}";
        String key = UUID.randomUUID().toString();

        ApiCall.Answer first = ApiCall.post(platform, "/v1/tenants", body).token(operator).header("Idempotency-Key", key).send();
        ApiCall.Answer retry = ApiCall.post(platform, "/v1/tenants", body).token(operator).header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("tenant").get("id")).isEqualTo(first.json().get("tenant").get("id"));
    }

    @Test
    void keysKeptPastTheirDayArePurgedAndOthersAreNot(LocalStack platform) throws Exception {
        String aged = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        for (String key : new String[] {aged, fresh}) {
            assertThat(ApiCall.post(platform, "/v1/candidates", "{\"firstName\":\"Pur\",\"lastName\":\"Ge\",\"email\":\"p@example.com\"}")
                    .token(integration).header("Idempotency-Key", key).send().status()).isEqualTo(201);
        }
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement age = database.prepareStatement(
                        "UPDATE aiva.idempotent_request SET expires_at = now() - interval '1 minute' WHERE idempotency_key = ?")) {
            age.setString(1, aged);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> keysStored(platform, aged) == 0);

        assertThat(keysStored(platform, fresh)).isEqualTo(1);
    }

    @Test
    void aKeyThatIsTooLongIsAnInvalidField(LocalStack platform) throws Exception {
        ApiCall.Answer answer = post(platform, integration, "k".repeat(256), "Long", "long-" + UUID.randomUUID());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    private static ApiCall.Answer post(LocalStack platform, String token, String key, String firstName, String externalId)
            throws Exception {
        return ApiCall.post(platform, "/v1/candidates", "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Test\","
                + "\"email\":\"t@example.com\",\"externalId\":\"" + externalId + "\"}").token(token).header("Idempotency-Key", key)
                .send();
    }

    /** Waits, bounded, for the platform to record the key's claim: the first request is then running. */
    private static int keysStored(LocalStack platform, String key) throws Exception {
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement count = database.prepareStatement("SELECT count(*) FROM aiva.idempotent_request WHERE idempotency_key = ?")) {
            count.setString(1, key);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static void awaitClaim(LocalStack platform, String key) throws Exception {
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement claimed = database.prepareStatement(
                        "SELECT count(*) FROM aiva.idempotent_request WHERE idempotency_key = ? AND state = 'in_flight'")) {
            claimed.setString(1, key);
            for (int attempt = 0; attempt < 600; attempt++) {
                try (ResultSet count = claimed.executeQuery()) {
                    count.next();
                    if (count.getInt(1) == 1) {
                        return;
                    }
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        throw new AssertionError("the first request never claimed its key");
    }
}
