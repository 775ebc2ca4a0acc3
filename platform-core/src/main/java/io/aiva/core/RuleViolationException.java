package io.aiva.core;

/** A request that is well-formed but would break a rule of the product, such as leaving a company without an admin. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
