package io.aiva.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.RuleViolationException;

/** A request the product's rules refuse: 409, saying which rule. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RuleViolationException exception) {
        return problems.problem(ProblemKind.CONFLICT, exception.getMessage(), uri, null);
    }
}
