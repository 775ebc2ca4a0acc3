package io.aiva.core.migration;

/** A schema migration that did not complete; the message is one line a person can act on. */
public class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
