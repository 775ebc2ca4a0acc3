package io.aiva.core.code;

/**
 * The tests of a coding answer could not be run (runner unreachable, overloaded, misconfigured or
 * failing); the reason is one line, fit for a note beside a score given without test results.
 */
public class CodeRunnerUnavailableException extends RuntimeException {

    public CodeRunnerUnavailableException(String reason) {
        super(reason);
    }

    public CodeRunnerUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
