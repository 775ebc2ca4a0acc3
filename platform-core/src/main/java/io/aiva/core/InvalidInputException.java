package io.aiva.core;

import java.util.List;

/**
 * Input that is well-formed but breaks a rule only the domain can check (a question that does not
 * exist, a rule with too few questions to pick from); each issue names the input field.
 */
public class InvalidInputException extends RuntimeException {

    /** One refused field: a JSON pointer into the input, and why. */
    public record Issue(String field, String reason) {
    }

    private final List<Issue> issues;

    public InvalidInputException(List<Issue> issues) {
        super(issues.toString());
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
