package io.aiva.core.session;

/** An answer stored: {@code created} is false when the very same answer had been stored before. */
public record AnswerReceipt(boolean created, SessionState state) {
}
