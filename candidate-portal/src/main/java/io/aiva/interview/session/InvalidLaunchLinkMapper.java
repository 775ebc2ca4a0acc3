package io.aiva.interview.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.assignment.InvalidLaunchLinkException;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;

/** A launch link that opens nothing, told apart so the room can say what to do: 400, 409 or 410. */
@Provider
public class InvalidLaunchLinkMapper implements ExceptionMapper<InvalidLaunchLinkException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidLaunchLinkException exception) {
        ProblemKind kind = switch (exception.reason()) {
            case INVALID -> ProblemKind.INVALID_LINK;
            case EXPIRED -> ProblemKind.LINK_EXPIRED;
            case USED -> ProblemKind.LINK_USED;
            case CLOSED -> ProblemKind.INTERVIEW_CLOSED;
            case EMBED_NOT_ALLOWED -> ProblemKind.EMBED_ORIGIN_NOT_ALLOWED;
        };
        return problems.problem(kind, exception.getMessage(), uri, null);
    }
}
