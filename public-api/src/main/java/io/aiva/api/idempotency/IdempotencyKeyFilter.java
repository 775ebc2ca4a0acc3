package io.aiva.api.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.aiva.core.Sha256;
import io.aiva.web.json.ApiJsonProvider;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.security.Caller;
import io.aiva.web.problem.FieldIssue;
import io.aiva.core.idempotency.Claim;
import io.aiva.core.idempotency.IdempotencyScope;
import io.aiva.core.idempotency.IdempotentRequests;
import io.aiva.core.idempotency.StoredAnswer;
import io.aiva.core.tenancy.CurrentTenant;

/**
 * Claims a POST's {@code Idempotency-Key} once the caller is known to be allowed, or answers at once:
 * the stored answer to a retry, 422 to the key reused with another body, 409 while the first request
 * runs. The request body is compared as JSON (key order and spacing do not matter). A claim that no
 * stored answer resolved (the request failed) is released when the response leaves.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyKeyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** Most keyed requests finish within a second; a retry that finds one still running is told to wait again. */
    private static final int IN_PROGRESS_RETRY_AFTER_SECONDS = 1;
    private static final ObjectMapper CANONICAL = ApiJsonProvider.objectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Inject
    Caller caller;

    @Inject
    CurrentTenant tenant;

    @Inject
    IdempotentRequests requests;

    @Inject
    KeyedRequest keyed;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || !caller.authenticated()) {
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            request.abortWith(problems.problem(ProblemKind.VALIDATION_FAILED,
                    "An Idempotency-Key is 1 to 255 visible ASCII characters.", uri,
                    List.of(new FieldIssue(HEADER, "must be 1 to 255 visible ASCII characters"))));
            return;
        }
        byte[] body = readBody(request);
        IdempotencyScope scope = new IdempotencyScope(tenant.id(), caller.subject());
        Claim claim = requests.claim(scope, key, fingerprint(request, body));
        if (claim instanceof Claim.Granted granted) {
            keyed.granted(scope, granted.id());
        } else if (claim instanceof Claim.Replay replay) {
            request.abortWith(replay(replay.answer()));
        } else if (claim instanceof Claim.Mismatch) {
            request.abortWith(problems.problem(ProblemKind.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a request with another body; use a new key for a new request.", uri,
                    List.of(new FieldIssue(HEADER, "was used with another request body"))));
        } else {
            request.abortWith(Response.fromResponse(problems.problem(ProblemKind.REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still running; retry when it has answered.", uri, null))
                    .header(HttpHeaders.RETRY_AFTER, IN_PROGRESS_RETRY_AFTER_SECONDS).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        keyed.openClaim().ifPresent(claim -> {
            requests.release(keyed.scope(), claim);
            keyed.resolved();
        });
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        if (answer.body() != null) {
            replay.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.location() != null) {
            replay.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            replay.header(HttpHeaders.ETAG, answer.etag());
        }
        return replay.build();
    }

    private static byte[] readBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation and its body as canonical JSON; a body that is not JSON counts byte for byte. */
    private String fingerprint(ContainerRequestContext request, byte[] body) {
        byte[] canonical;
        try {
            canonical = body.length == 0 ? body : CANONICAL.writeValueAsBytes(CANONICAL.readValue(body, Object.class));
        } catch (IOException notJson) {
            canonical = body;
        }
        MessageDigest digest = Sha256.digest();
        digest.update((request.getMethod() + " " + uri.getRequestUri().getRawPath() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(canonical);
        return Sha256.hex(digest);
    }
}
