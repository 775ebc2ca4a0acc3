package io.aiva.core.assignment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs and verifies launch links. A link's token is its claims (company, assignment, link id,
 * expiry) and an HMAC-SHA256 over them with the platform's key ({@code aiva.launch-links.secret}),
 * both base64url; the token travels in the URL's fragment, which browsers never send to servers or
 * in a Referer. Verifying proves only that AIVA made the link; whether it is the assignment's current,
 * unused link is the assignment's to say.
 */
@ApplicationScoped
public class LaunchLinks {

    private static final Logger LOG = Logger.getLogger(LaunchLinks.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final int CLAIMS_LENGTH = 16 * 3 + Long.BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "aiva.launch-links.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "aiva.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    private SecretKeySpec key;

    @PostConstruct
    void key() {
        byte[] secret;
        if (configuredSecret.filter(value -> value.length() >= 32).isPresent()) {
            secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.warning("AIVA_LAUNCH_LINKS_SECRET is not set (or shorter than 32 characters): launch links made now stop"
                    + " working when this server restarts, and other servers cannot open them");
        }
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * The URL a candidate opens. The company's slug in the path lets the interview page tell
     * browsers which sites may frame it before any token is read; the token stays in the fragment,
     * which browsers never send to a server or in a Referer.
     */
    public String url(LaunchLink link, String companySlug) {
        return publicUrl.replaceAll("/+$", "") + "/interview/launch/" + companySlug + "#" + token(link);
    }

    String token(LaunchLink link) {
        ByteBuffer claims = ByteBuffer.allocate(CLAIMS_LENGTH);
        putUuid(claims, link.tenantId());
        putUuid(claims, link.assignmentId());
        putUuid(claims, link.linkId());
        claims.putLong(link.expiresAt().getEpochSecond());
        byte[] bytes = claims.array();
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /**
     * The link a token stands for, if AIVA signed it and it has not expired.
     *
     * @throws InvalidLaunchLinkException when it is altered, not a token at all, or expired
     */
    public LaunchLink verify(String token, Instant now) {
        byte[] claims;
        byte[] signature;
        try {
            int dot = token.indexOf('.');
            claims = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (RuntimeException notAToken) {
            throw invalid();
        }
        if (claims.length != CLAIMS_LENGTH || !MessageDigest.isEqual(mac(claims), signature)) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(claims);
        LaunchLink link = new LaunchLink(getUuid(buffer), getUuid(buffer), getUuid(buffer),
                Instant.ofEpochSecond(buffer.getLong()));
        if (!now.isBefore(link.expiresAt())) {
            throw new InvalidLaunchLinkException(InvalidLaunchLinkException.Reason.EXPIRED,
                    "This interview link has expired; ask the company that invited you for a new one.");
        }
        return link;
    }

    private static InvalidLaunchLinkException invalid() {
        return new InvalidLaunchLinkException(InvalidLaunchLinkException.Reason.INVALID,
                "This is not a valid interview link; open the link exactly as you received it.");
    }

    private byte[] mac(byte[] claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static void putUuid(ByteBuffer buffer, UUID id) {
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }

    private static UUID getUuid(ByteBuffer buffer) {
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
