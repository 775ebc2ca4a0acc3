package io.aiva.api.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;

import io.aiva.web.ratelimit.RateLimitFilter;

/** The public API's rate limit: one bucket per token subject (a person or an API client). */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CallerRateLimit extends RateLimitFilter {

    @Inject
    Caller caller;

    @Override
    protected Optional<String> bucketKey(ContainerRequestContext request) {
        return caller.authenticated() ? Optional.of("api:" + caller.subject()) : Optional.empty();
    }
}
