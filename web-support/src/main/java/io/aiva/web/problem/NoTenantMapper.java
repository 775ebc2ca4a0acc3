package io.aiva.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.tenancy.NoTenantException;

/** A caller who acts for no company asked for a company's data: not allowed, whatever their role. */
@Provider
public class NoTenantMapper implements ExceptionMapper<NoTenantException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NoTenantException exception) {
        return problems.problem(ProblemKind.FORBIDDEN, "Your sign-in belongs to no company.", uri, null);
    }
}
