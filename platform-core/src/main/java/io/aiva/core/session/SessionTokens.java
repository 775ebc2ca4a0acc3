package io.aiva.core.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.aiva.core.Sha256;

/**
 * Session tokens: the company and the session in the clear (so the row can be found under row-level
 * security), then 32 random bytes of which only a SHA-256 hash is stored.
 */
final class SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A token as handed out, and the hash to keep. */
    record Issued(String token, String hash) {
    }

    /** What a presented token names, and the hash of its secret part. */
    record Presented(UUID tenantId, UUID sessionId, String hash) {
    }

    private SessionTokens() {
    }

    static Issued issue(UUID tenantId, UUID sessionId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        ByteBuffer ids = ByteBuffer.allocate(32)
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(sessionId.getMostSignificantBits()).putLong(sessionId.getLeastSignificantBits());
        String secretText = ENCODER.encodeToString(secret);
        return new Issued(ENCODER.encodeToString(ids.array()) + "." + secretText, hash(secretText));
    }

    static Optional<Presented> read(String token) {
        try {
            int dot = token.indexOf('.');
            ByteBuffer ids = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            if (ids.remaining() != 32 || dot == token.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Presented(new UUID(ids.getLong(), ids.getLong()), new UUID(ids.getLong(), ids.getLong()),
                    hash(token.substring(dot + 1))));
        } catch (RuntimeException notAToken) {
            return Optional.empty();
        }
    }

    static boolean matches(String presentedHash, String storedHash) {
        return MessageDigest.isEqual(presentedHash.getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
