package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;

/** WireMock playing Keycloak's token endpoint and the AIVA API, answering in their documented shapes. */
final class FakeAiva {

    static final String CLIENT_ID = "acme-ats";
    static final String CLIENT_SECRET = "s3cret&more";

    private FakeAiva() {
    }

    /** A client of the WireMock server whose waits and expiries run on the given fake time. */
    static AivaClient.Builder client(WireMockRuntimeInfo wm, FakeTime time) {
        return client(wm, time, RetryPolicy.builder().sleeper(time).random(fixedJitter(0.5)).build());
    }

    static AivaClient.Builder client(WireMockRuntimeInfo wm, FakeTime time, RetryPolicy retryPolicy) {
        return AivaClient.builder()
                .baseUrl(wm.getHttpBaseUrl() + "/api")
                .tokenUrl(wm.getHttpBaseUrl() + "/realms/aiva/protocol/openid-connect/token")
                .clientCredentials(CLIENT_ID, CLIENT_SECRET)
                .retryPolicy(retryPolicy)
                .clock(time);
    }

    static String tokenPath() {
        return "/realms/aiva/protocol/openid-connect/token";
    }

    /** Keycloak handing out the given token, valid for the given seconds. */
    static void issuesToken(String token, long expiresIn) {
        stubFor(post(urlPathEqualTo(tokenPath())).willReturn(okJson(tokenJson(token, expiresIn))));
    }

    static String tokenJson(String token, long expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn
                + ",\"refresh_expires_in\":0,\"token_type\":\"Bearer\",\"not-before-policy\":0,\"scope\":\"profile email\"}";
    }

    static String candidateJson(UUID id, String firstName) {
        return "{\"id\":\"" + id + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\"Hopper\","
                + "\"email\":\"" + firstName.toLowerCase() + "@example.com\",\"externalId\":\"gh-" + firstName + "\","
                + "\"createdAt\":\"2026-05-01T10:00:00Z\",\"updatedAt\":\"2026-05-01T10:00:00Z\"}";
    }

    static String problemJson(int status, String code, String title, String detail, String requestId) {
        return "{\"type\":\"https://aiva.io/problems/" + code.replace('_', '-') + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"/api/v1/candidates\",\"code\":\"" + code
                + "\",\"requestId\":\"" + requestId + "\"}";
    }

    /** Jitter fixed at the given fraction of the backoff cap, so tests know the waits. */
    static java.util.random.RandomGenerator fixedJitter(double fraction) {
        return new java.util.random.RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }
}
