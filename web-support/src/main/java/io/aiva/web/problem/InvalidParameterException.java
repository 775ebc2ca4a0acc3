package io.aiva.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A query, path or header parameter whose value cannot be read. A {@link WebApplicationException},
 * because JAX-RS turns any other failure to convert a query or path parameter into a bare 404.
 */
public class InvalidParameterException extends WebApplicationException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + " " + reason, Response.Status.BAD_REQUEST);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
