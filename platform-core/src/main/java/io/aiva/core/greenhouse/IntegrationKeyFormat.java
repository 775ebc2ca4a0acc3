package io.aiva.core.greenhouse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.aiva.core.Sha256;

/**
 * The text of an integration key: {@code ghk_}, the company's and the key's ids (base64url), a dot,
 * and 32 random bytes (base64url). The ids are in the clear so that the key's row is found under
 * row-level security without trying every company; only a SHA-256 of the random part is stored.
 */
final class IntegrationKeyFormat {

    static final String PREFIX = "ghk_";
    private static final int SECRET_BYTES = 32;
    private static final int HINT_LENGTH = 6;
    private static final Pattern SHAPE = Pattern.compile("ghk_[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as parsed: whose it is, and the part that proves it. */
    record ParsedKey(UUID tenantId, UUID keyId, String secret) {
    }

    private IntegrationKeyFormat() {
    }

    /** A new key for the company's key {@code keyId}. */
    static String newKey(UUID tenantId, UUID keyId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        ByteBuffer ids = ByteBuffer.allocate(32);
        ids.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(keyId.getMostSignificantBits()).putLong(keyId.getLeastSignificantBits());
        return PREFIX + ENCODER.encodeToString(ids.array()) + "." + ENCODER.encodeToString(secret);
    }

    /** The parts of a well-formed key; empty for anything else. */
    static Optional<ParsedKey> parse(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        int dot = key.indexOf('.');
        ByteBuffer ids = ByteBuffer.wrap(DECODER.decode(key.substring(PREFIX.length(), dot)));
        if (ids.remaining() != 32) {
            return Optional.empty();
        }
        UUID tenantId = new UUID(ids.getLong(), ids.getLong());
        UUID keyId = new UUID(ids.getLong(), ids.getLong());
        return Optional.of(new ParsedKey(tenantId, keyId, key.substring(dot + 1)));
    }

    static String hash(String secret) {
        return Sha256.of(secret.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code secret} hashes to {@code storedHash}, in time that does not depend on where they differ. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** What is shown of a key once it is issued: enough of its end to tell two keys apart. */
    static String hint(String key) {
        return PREFIX + "…" + key.substring(key.length() - HINT_LENGTH);
    }
}
