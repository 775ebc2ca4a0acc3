package io.aiva.interview.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.session.NoSessionException;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;

/** No session token, or a stale one: 401, telling the candidate to open their newest link. */
@Provider
public class NoSessionMapper implements ExceptionMapper<NoSessionException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NoSessionException exception) {
        return Response.fromResponse(problems.problem(ProblemKind.UNAUTHORIZED, exception.getMessage(), uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
