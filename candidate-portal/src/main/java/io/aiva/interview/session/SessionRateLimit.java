package io.aiva.interview.session;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import io.aiva.web.ratelimit.RateLimitFilter;

/**
 * The interview API's rate limit: one bucket per interview session, and for opening launch links
 * (before there is a session) one per client address, so guessing at links is slowed too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class SessionRateLimit extends RateLimitFilter {

    @Inject
    CandidateCaller caller;

    @Context
    HttpServletRequest servletRequest;

    @Override
    protected Optional<String> bucketKey(ContainerRequestContext request) {
        return Optional.of(caller.sessionId() != null ? "interview:" + caller.sessionId()
                : "launch:" + servletRequest.getRemoteAddr());
    }
}
