package io.aiva.interview.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.session.CandidateSessions;
import io.aiva.core.session.NoSessionException;

/**
 * Every call but opening a launch link carries a session token ({@code Authorization: Bearer});
 * it binds the request to its one interview and its company, or the call is refused with 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    CandidateSessions sessions;

    @Inject
    CandidateCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().replaceFirst("^/", "").equals("launch")) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new NoSessionException();
        }
        caller.authenticated(sessions.authenticate(authorization.substring(BEARER.length()).strip()));
    }
}
