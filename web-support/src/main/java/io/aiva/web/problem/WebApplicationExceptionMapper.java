package io.aiva.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (unknown path, wrong method, unreadable body) as problem details, and
 * our own {@link ProblemException}s with their caller-facing detail.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = exception instanceof ProblemException ? exception.getMessage() : null;
        Response problem = problems.problem(kind, detail, uri, null);
        Response.ResponseBuilder builder = Response.fromResponse(problem).status(status);
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
