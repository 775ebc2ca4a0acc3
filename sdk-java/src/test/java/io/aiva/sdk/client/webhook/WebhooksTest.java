package io.aiva.sdk.client.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

class WebhooksTest {

    // The test vector published with the Standard Webhooks specification.
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330L;
    private static final String VECTOR_BODY = "{\"test\": 2432232314}";
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final String OTHER_SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final long NOW = 1_780_000_000L;
    private static final String EVENT = "{\"type\":\"assignment.completed\",\"timestamp\":\"2026-05-28T20:26:40Z\","
            + "\"data\":{\"assignmentId\":\"a1\",\"candidateId\":\"c1\",\"status\":\"completed\",\"note\":\"caf\u00e9\"}}";

    @Test
    void signsThePublishedTestVectorByteForByte() {
        assertThat(Webhooks.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)).isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void verifiesThePublishedTestVector() throws Exception {
        WebhookEvent event = Webhooks.verify(VECTOR_SECRET, headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE),
                VECTOR_BODY.getBytes(StandardCharsets.UTF_8), at(VECTOR_TIMESTAMP));

        assertThat(event.id()).isEqualTo(VECTOR_ID);
        assertThat(event.type()).isNull();
        assertThat(event.data()).isEmpty();
    }

    @Test
    void readsTheEventOfAVerifiedDelivery() throws Exception {
        String signature = Webhooks.sign(VECTOR_SECRET, "evt_1", NOW, EVENT);

        WebhookEvent event = Webhooks.verify(VECTOR_SECRET, headers("evt_1", NOW, signature), bytes(EVENT), at(NOW));

        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.type()).isEqualTo("assignment.completed");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-05-28T20:26:40Z"));
        assertThat(event.data()).containsEntry("assignmentId", "a1").containsEntry("note", "caf\u00e9");
    }

    @Test
    void theOfficialLibraryVerifiesOurSignatureAndWeVerifyItsSignature() throws Exception {
        long now = Instant.now().getEpochSecond();
        String ours = Webhooks.sign(VECTOR_SECRET, "evt_2", now, EVENT);
        String theirs = new Webhook(VECTOR_SECRET).sign("evt_2", now, EVENT);

        assertThat(ours).isEqualTo(theirs);
        new Webhook(VECTOR_SECRET).verify(EVENT, headers("evt_2", now, ours));
        assertThat(Webhooks.verify(VECTOR_SECRET, headers("evt_2", now, theirs), EVENT).id()).isEqualTo("evt_2");
    }

    @Test
    void duringRotationEitherOfTwoSignaturesIsEnough() throws Exception {
        String newSignature = Webhooks.sign(OTHER_SECRET, "evt_3", NOW, EVENT);
        String oldSignature = Webhooks.sign(VECTOR_SECRET, "evt_3", NOW, EVENT);
        Map<String, List<String>> headers = headers("evt_3", NOW, newSignature + " " + oldSignature);

        assertThat(Webhooks.verify(OTHER_SECRET, headers, bytes(EVENT), at(NOW)).id()).isEqualTo("evt_3");
        assertThat(Webhooks.verify(VECTOR_SECRET, headers, bytes(EVENT), at(NOW)).id()).isEqualTo("evt_3");
    }

    @Test
    void headerNamesMatchIgnoringCase() throws Exception {
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("Webhook-Id", List.of("evt_4"));
        headers.put("WEBHOOK-TIMESTAMP", List.of(Long.toString(NOW)));
        headers.put("Webhook-Signature", List.of(Webhooks.sign(VECTOR_SECRET, "evt_4", NOW, EVENT)));

        assertThat(Webhooks.verify(VECTOR_SECRET, headers, bytes(EVENT), at(NOW)).id()).isEqualTo("evt_4");
    }

    @Test
    void refusesAChangedBodyIdOrTimestamp() {
        String signature = Webhooks.sign(VECTOR_SECRET, "evt_5", NOW, EVENT);

        assertRefused(VECTOR_SECRET, headers("evt_5", NOW, signature), EVENT.replace("a1", "a2"), NOW, "no webhook-signature matches");
        assertRefused(VECTOR_SECRET, headers("evt_6", NOW, signature), EVENT, NOW, "no webhook-signature matches");
        assertRefused(VECTOR_SECRET, headers("evt_5", NOW + 1, signature), EVENT, NOW, "no webhook-signature matches");
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        String signature = Webhooks.sign(OTHER_SECRET, "evt_7", NOW, EVENT);

        assertRefused(VECTOR_SECRET, headers("evt_7", NOW, signature), EVENT, NOW, "no webhook-signature matches");
    }

    @Test
    void ignoresSignaturesOfOtherVersions() {
        String v1 = Webhooks.sign(VECTOR_SECRET, "evt_8", NOW, EVENT);

        assertRefused(VECTOR_SECRET, headers("evt_8", NOW, "v1a," + v1.substring(3)), EVENT, NOW, "no webhook-signature matches");
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOldOrAhead() throws Exception {
        String signature = Webhooks.sign(VECTOR_SECRET, "evt_9", NOW, EVENT);

        assertThat(Webhooks.verify(VECTOR_SECRET, headers("evt_9", NOW, signature), bytes(EVENT), at(NOW + 300)).id())
                .isEqualTo("evt_9");
        assertThat(Webhooks.verify(VECTOR_SECRET, headers("evt_9", NOW, signature), bytes(EVENT), at(NOW - 300)).id())
                .isEqualTo("evt_9");
        assertRefused(VECTOR_SECRET, headers("evt_9", NOW, signature), EVENT, NOW + 301, "minutes old");
        assertRefused(VECTOR_SECRET, headers("evt_9", NOW, signature), EVENT, NOW - 301, "minutes ahead");
    }

    @Test
    void refusesADeliveryWithoutItsHeaders() {
        String signature = Webhooks.sign(VECTOR_SECRET, "evt_10", NOW, EVENT);

        assertRefused(VECTOR_SECRET, Map.of("webhook-timestamp", List.of(Long.toString(NOW)), "webhook-signature", List.of(signature)),
                EVENT, NOW, "no webhook-id");
        assertRefused(VECTOR_SECRET, Map.of("webhook-id", List.of("evt_10"), "webhook-signature", List.of(signature)),
                EVENT, NOW, "no webhook-timestamp");
        assertRefused(VECTOR_SECRET, Map.of("webhook-id", List.of("evt_10"), "webhook-timestamp", List.of(Long.toString(NOW))),
                EVENT, NOW, "no webhook-signature");
        assertRefused(VECTOR_SECRET, Map.of("webhook-id", List.of("evt_10"), "webhook-timestamp", List.of("soon"),
                "webhook-signature", List.of(signature)), EVENT, NOW, "not Unix seconds");
    }

    @Test
    void refusesASignedBodyThatIsNotAnEvent() {
        String body = "[1, 2]";

        assertRefused(VECTOR_SECRET, headers("evt_11", NOW, Webhooks.sign(VECTOR_SECRET, "evt_11", NOW, body)), body, NOW,
                "not a JSON object");
    }

    private static void assertRefused(String secret, Map<String, List<String>> headers, String body, long now, String why) {
        assertThatThrownBy(() -> Webhooks.verify(secret, headers, bytes(body), at(now)))
                .isInstanceOf(WebhookVerificationException.class)
                .hasMessageContaining(why);
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
