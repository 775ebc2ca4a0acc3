package io.aiva.web.problem;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.AlreadyExistsException;

/** A unique value (slug, e-mail) that is taken: 409 naming the field. */
@Provider
public class AlreadyExistsMapper implements ExceptionMapper<AlreadyExistsException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(AlreadyExistsException exception) {
        return problems.problem(ProblemKind.CONFLICT, exception.getMessage(), uri,
                List.of(new FieldIssue("/" + exception.field().replace('.', '/'), "is already taken")));
    }
}
