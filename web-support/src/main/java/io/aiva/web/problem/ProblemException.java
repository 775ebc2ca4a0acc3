package io.aiva.web.problem;

import jakarta.ws.rs.WebApplicationException;

/**
 * A refusal decided by our own code, whose detail is written for the caller and therefore safe to
 * show; {@link WebApplicationExceptionMapper} turns it into a problem document.
 */
public class ProblemException extends WebApplicationException {

    private final ProblemKind kind;

    public ProblemException(ProblemKind kind, String detail) {
        super(detail, kind.status());
        this.kind = kind;
    }

    public ProblemKind kind() {
        return kind;
    }
}
