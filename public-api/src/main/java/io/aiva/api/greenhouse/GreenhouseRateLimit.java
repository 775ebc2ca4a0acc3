package io.aiva.api.greenhouse;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;

import io.aiva.web.ratelimit.RateLimitFilter;

/** Greenhouse's calls draw on one bucket per integration key, apart from the company's API callers. */
@Provider
@GreenhouseKeyRequired
@Priority(Priorities.AUTHENTICATION + 10)
public class GreenhouseRateLimit extends RateLimitFilter {

    @Inject
    GreenhouseCaller caller;

    @Override
    protected Optional<String> bucketKey(ContainerRequestContext request) {
        return caller.key().map(key -> "greenhouse:" + key.keyId());
    }
}
