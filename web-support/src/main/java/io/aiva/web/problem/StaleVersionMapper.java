package io.aiva.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.StaleVersionException;

/** A change against a stale If-Match: 412, with the current ETag so the caller can read and retry. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(StaleVersionException exception) {
        return Response.fromResponse(problems.problem(ProblemKind.PRECONDITION_FAILED,
                "The item changed since the ETag you sent; read it again and reapply your change.", uri, null))
                .header(HttpHeaders.ETAG, EntityTags.of(exception.currentVersion())).build();
    }
}
