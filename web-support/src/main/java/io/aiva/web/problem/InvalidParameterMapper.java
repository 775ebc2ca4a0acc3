package io.aiva.web.problem;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A parameter that could not be read: 400 naming it, as for an invalid body field. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return problems.problem(ProblemKind.VALIDATION_FAILED, "The request has invalid fields.", uri,
                List.of(new FieldIssue(exception.parameter(), exception.reason())));
    }
}
