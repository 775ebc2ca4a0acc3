package io.aiva.web.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Each caller has a token bucket: {@code burst} requests at once, refilled at {@code per-second}.
 * Over it, 429 with {@code Retry-After}; every answer tells the caller where it stands
 * ({@code RateLimit-*}). Each API says who the caller is. The buckets live in this server (shared by
 * its web modules, keys apart): with several replicas behind a balancer each keeps its own, so the
 * configured rates are per replica.
 */
public abstract class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PROBE = RateLimitFilter.class.getName() + ".probe";
    private static final Map<String, Bucket> BUCKETS = new ConcurrentHashMap<>();

    @Inject
    ProblemResponses problems;

    @Inject
    @ConfigProperty(name = "aiva.rate-limit.burst", defaultValue = "200")
    long burst;

    @Inject
    @ConfigProperty(name = "aiva.rate-limit.per-second", defaultValue = "50")
    long perSecond;

    @Context
    UriInfo uri;

    /** Whose bucket the request draws from (a key unique across the APIs), or empty for none. */
    protected abstract Optional<String> bucketKey(ContainerRequestContext request);

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> key = bucketKey(request);
        if (key.isEmpty()) {
            return;
        }
        Bucket bucket = BUCKETS.computeIfAbsent(key.get(), caller -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        request.setProperty(PROBE, probe);
        if (!probe.isConsumed()) {
            request.abortWith(Response.fromResponse(problems.problem(ProblemKind.RATE_LIMITED,
                    "You sent more requests than your rate limit of " + perSecond + " a second (bursts of " + burst
                            + ") allows; retry after the number of seconds in Retry-After.", uri, null))
                    .header(HttpHeaders.RETRY_AFTER, secondsUntilNextToken(probe)).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe) {
            response.getHeaders().put("RateLimit-Limit", List.of(burst));
            response.getHeaders().put("RateLimit-Remaining", List.of(probe.getRemainingTokens()));
            response.getHeaders().put("RateLimit-Reset", List.of(secondsUntilNextToken(probe)));
        }
    }

    private static long secondsUntilNextToken(ConsumptionProbe probe) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
