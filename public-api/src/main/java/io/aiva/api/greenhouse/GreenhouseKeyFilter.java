package io.aiva.api.greenhouse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import io.aiva.core.audit.Actor;
import io.aiva.core.audit.CurrentActor;
import io.aiva.core.greenhouse.IntegrationKeys;
import io.aiva.core.greenhouse.KeyHolder;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.web.problem.RequestId;

/**
 * Authenticates Greenhouse as it documents: HTTP Basic with the company's integration key as the
 * user name and an empty password (a password, if any, is ignored). The request then acts for the
 * key's company. Anything else is 401 with a Basic challenge, the only refusal Greenhouse documents,
 * and the same whatever was wrong, so a caller cannot learn which keys or companies exist.
 */
@Provider
@GreenhouseKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class GreenhouseKeyFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"AIVA Greenhouse\", charset=\"UTF-8\"";

    @Inject
    IntegrationKeys keys;

    @Inject
    GreenhouseCaller caller;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentActor actor;

    @Inject
    RequestId requestId;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<KeyHolder> holder = basicUserName(request.getHeaderString(HttpHeaders.AUTHORIZATION)).flatMap(keys::authenticate);
        if (holder.isEmpty()) {
            request.abortWith(Response.fromResponse(problems.problem(ProblemKind.UNAUTHORIZED,
                    "Send your company's AIVA integration key as the user name of HTTP Basic authentication.", uri, null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            return;
        }
        KeyHolder key = holder.get();
        caller.accepted(key);
        currentTenant.actFor(key.tenantId());
        actor.set(new Actor("integration-key:" + key.keyId(), "Greenhouse integration key " + key.keyName(), requestId.value()));
    }

    /** The user name of a Basic credential: the text before its first colon. */
    static Optional<String> basicUserName(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        return user.isEmpty() ? Optional.empty() : Optional.of(user);
    }
}
