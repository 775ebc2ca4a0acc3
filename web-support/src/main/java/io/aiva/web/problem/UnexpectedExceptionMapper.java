package io.aiva.web.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A failure nobody anticipated: logged in full with the request id, answered without internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    ProblemResponses problems;

    @Inject
    RequestId requestId;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(Level.SEVERE, "request " + requestId.value() + " failed unexpectedly", exception);
        return problems.problem(ProblemKind.UNEXPECTED,
                "The request could not be completed; quote the request id to support.", uri, null);
    }
}
