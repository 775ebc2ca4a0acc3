package io.aiva.sdk.client.webhook;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Verifies AIVA's webhook deliveries as <a href="https://www.standardwebhooks.com">Standard Webhooks 1.0</a>
 * defines them, so that a receiver acts only on what AIVA sent, once.
 *
 * <p>A delivery carries {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature}: one or more space-separated {@code v1,<base64>} signatures, each the HMAC-SHA256
 * of {@code <id>.<timestamp>.<body>} keyed with the endpoint's secret ({@code whsec_} and the key in Base64).
 * While a secret is being rotated a delivery carries two signatures; either matching is enough. Pass the body
 * exactly as received: parsing and re-serialising it first changes the bytes and breaks the signature.
 *
 * <pre>{@code
 * WebhookEvent event = Webhooks.verify(secret, headers, body); // throws WebhookVerificationException
 * if (seenBefore(event.id())) { return 204; }                   // retries and replays keep the id
 * }</pre>
 */
public final class Webhooks {

    /** How far a delivery's timestamp may be from now, either way, before it is refused as a replay. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private Webhooks() {
    }

    /**
     * Checks a delivery against the endpoint's secret and the current time, and reads its event.
     *
     * @param secret the endpoint's secret, {@code whsec_...}
     * @param headers the request's headers; names are matched ignoring case
     * @param body the request body exactly as received, decoded as UTF-8
     * @return the event the delivery carries
     * @throws WebhookVerificationException if the delivery must not be trusted
     */
    public static WebhookEvent verify(String secret, Map<String, List<String>> headers, String body)
            throws WebhookVerificationException {
        return verify(secret, headers, body.getBytes(UTF_8), Clock.systemUTC());
    }

    /**
     * As {@link #verify(String, Map, String)}, for the body's raw bytes.
     *
     * @param secret the endpoint's secret, {@code whsec_...}
     * @param headers the request's headers; names are matched ignoring case
     * @param body the request body exactly as received
     * @return the event the delivery carries
     * @throws WebhookVerificationException if the delivery must not be trusted
     */
    public static WebhookEvent verify(String secret, Map<String, List<String>> headers, byte[] body)
            throws WebhookVerificationException {
        return verify(secret, headers, body, Clock.systemUTC());
    }

    /**
     * As {@link #verify(String, Map, byte[])}, judging the timestamp against the given clock.
     *
     * @param secret the endpoint's secret, {@code whsec_...}
     * @param headers the request's headers; names are matched ignoring case
     * @param body the request body exactly as received
     * @param clock the time the delivery is judged at
     * @return the event the delivery carries
     * @throws WebhookVerificationException if the delivery must not be trusted
     */
    public static WebhookEvent verify(String secret, Map<String, List<String>> headers, byte[] body, Clock clock)
            throws WebhookVerificationException {
        String id = single(headers, "webhook-id");
        String timestamp = single(headers, "webhook-timestamp");
        List<String> signatures = signatures(all(headers, "webhook-signature"));

        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook-timestamp is not Unix seconds: " + timestamp);
        }
        Instant sent = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(TOLERANCE))) {
            throw new WebhookVerificationException("webhook-timestamp is more than " + TOLERANCE.toMinutes() + " minutes old");
        }
        if (sent.isAfter(now.plus(TOLERANCE))) {
            throw new WebhookVerificationException("webhook-timestamp is more than " + TOLERANCE.toMinutes() + " minutes ahead");
        }

        byte[] expected = signature(key(secret), id, seconds, body).getBytes(US_ASCII);
        boolean matched = false;
        for (String candidate : signatures) {
            // Keep comparing after a match, so the time taken does not tell which signature matched.
            matched |= MessageDigest.isEqual(expected, candidate.getBytes(US_ASCII));
        }
        if (!matched) {
            throw new WebhookVerificationException("no webhook-signature matches the secret");
        }
        return event(id, body);
    }

    /**
     * The {@code webhook-signature} value AIVA sends for a message: {@code v1,} and the Base64 HMAC-SHA256 of
     * {@code <id>.<timestamp>.<body>}. Useful to simulate deliveries in a receiver's own tests.
     *
     * @param secret the endpoint's secret, {@code whsec_...}
     * @param id the {@code webhook-id}
     * @param timestamp the {@code webhook-timestamp}, Unix seconds
     * @param body the body, encoded as UTF-8
     * @return {@code v1,<base64>}
     */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            return VERSION + "," + signature(key(secret), id, timestamp, body.getBytes(UTF_8));
        } catch (WebhookVerificationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String signature(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The key: the secret without its {@code whsec_} prefix, Base64-decoded (a bare Base64 key is accepted too). */
    private static byte[] key(String secret) throws WebhookVerificationException {
        if (secret == null || secret.isBlank()) {
            throw new WebhookVerificationException("no webhook secret given");
        }
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException("the webhook secret is not whsec_ and a Base64 key", e);
        }
    }

    /** The {@code v1} signatures of the header values; signatures of other versions are ignored. */
    private static List<String> signatures(List<String> values) {
        List<String> signatures = new ArrayList<>();
        for (String value : values) {
            for (String versioned : value.trim().split(" +")) {
                int comma = versioned.indexOf(',');
                if (comma > 0 && versioned.substring(0, comma).equals(VERSION)) {
                    signatures.add(versioned.substring(comma + 1));
                }
            }
        }
        return signatures;
    }

    private static WebhookEvent event(String id, byte[] body) throws WebhookVerificationException {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw new WebhookVerificationException("the webhook body is not a JSON object");
            }
            JsonNode type = json.get("type");
            JsonNode timestamp = json.get("timestamp");
            JsonNode data = json.get("data");
            return new WebhookEvent(id,
                    type == null || type.isNull() ? null : type.asText(),
                    timestamp == null || timestamp.isNull() ? null : Instant.parse(timestamp.asText()),
                    data == null || !data.isObject() ? Map.of() : JSON.convertValue(data, OBJECT));
        } catch (IOException | DateTimeParseException e) {
            throw new WebhookVerificationException("the webhook body is not a webhook event: " + e.getMessage(), e);
        }
    }

    private static String single(Map<String, List<String>> headers, String name) throws WebhookVerificationException {
        List<String> values = all(headers, name);
        if (values.isEmpty() || values.get(0).isBlank()) {
            throw new WebhookVerificationException("the delivery has no " + name + " header");
        }
        return values.get(0).trim();
    }

    private static List<String> all(Map<String, List<String>> headers, String name) throws WebhookVerificationException {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && header.getValue() != null) {
                values.addAll(header.getValue());
            }
        }
        if (values.isEmpty()) {
            throw new WebhookVerificationException("the delivery has no " + name + " header");
        }
        return values;
    }
}
