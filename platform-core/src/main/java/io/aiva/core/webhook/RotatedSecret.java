package io.aiva.core.webhook;

import java.time.Instant;

/** An endpoint's new secret, shown this once, and until when the previous one signs too. */
public record RotatedSecret(String secret, Instant previousSecretValidUntil) {
}
