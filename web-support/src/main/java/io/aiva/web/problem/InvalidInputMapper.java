package io.aiva.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.InvalidInputException;

/** Input the domain refused field by field: 400 with each field, like Bean Validation's. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return problems.problem(ProblemKind.VALIDATION_FAILED, "The request has invalid fields.", uri,
                exception.issues().stream().map(issue -> new FieldIssue(issue.field(), issue.reason())).toList());
    }
}
