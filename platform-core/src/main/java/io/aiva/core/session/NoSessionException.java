package io.aiva.core.session;

/** A session token that is not, or no longer, one of a live interview. */
public class NoSessionException extends RuntimeException {

    public NoSessionException() {
        super("This interview session is not valid (any more); open your newest interview link again.");
    }
}
