package io.aiva.core.greenhouse;

/** A key just made: its text exists only in this answer. */
public record IssuedIntegrationKey(IntegrationKey key, String apiKey) {
}
