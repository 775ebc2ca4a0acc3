package io.aiva.core.idempotency;

/** The answer a request with a key got, kept to be given again to a retry. */
public record StoredAnswer(int status, String location, String etag, byte[] body) {
}
