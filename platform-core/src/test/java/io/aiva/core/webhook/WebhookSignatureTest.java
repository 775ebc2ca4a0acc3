package io.aiva.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

class WebhookSignatureTest {

    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330L;
    private static final String VECTOR_BODY = "{\"test\": 2432232314}";

    @Test
    void reproducesTheStandardWebhooksTestVectorByteForByte() {
        assertThat(WebhookSignature.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theOfficialStandardWebhooksLibraryVerifiesWhatWeSign() throws Exception {
        String secret = WebhookSignature.newSecret();
        String body = "{\"type\":\"assignment.completed\",\"data\":{\"note\":\"caf\u00e9\"}}";
        long now = Instant.now().getEpochSecond();

        String header = WebhookSignature.header(List.of(secret), "evt_1", now, body);

        new Webhook(secret).verify(body, Map.of("webhook-id", List.of("evt_1"), "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(header)));
        assertThat(header).isEqualTo(new Webhook(secret).sign("evt_1", now, body));
        assertThatThrownBy(() -> new Webhook(secret).verify(body + " ", Map.of("webhook-id", List.of("evt_1"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(header))))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void signsWithEverySecretGivenSeparatedBySpaces() {
        String other = WebhookSignature.newSecret();

        String header = WebhookSignature.header(List.of(other, VECTOR_SECRET), VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        assertThat(header.split(" ")).containsExactly(
                WebhookSignature.sign(other, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY),
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aChangedBodyTimestampOrIdChangesTheSignature() {
        String signature = WebhookSignature.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        assertThat(WebhookSignature.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, "{\"test\": 2432232315}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP + 1, VECTOR_BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(VECTOR_SECRET, VECTOR_ID + "x", VECTOR_TIMESTAMP, VECTOR_BODY)).isNotEqualTo(signature);
    }

    @Test
    void newSecretsAreWhsecPrefixedRandom32ByteKeys() {
        String first = WebhookSignature.newSecret();
        String second = WebhookSignature.newSecret();

        assertThat(first).startsWith("whsec_").isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void refusesASecretWithoutItsPrefix() {
        assertThatThrownBy(() -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
