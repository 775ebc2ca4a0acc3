package io.aiva.api.security;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

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

import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.web.problem.RequestId;
import io.aiva.core.audit.Actor;
import io.aiva.core.audit.AuditTrail;
import io.aiva.core.audit.CurrentActor;
import io.aiva.core.tenancy.CompanyAccess;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.Tenant;
import io.aiva.core.tenancy.TenantStatus;

/**
 * Binds the request to its verified caller (for the audit trail) and to the tenant of the caller's organization, read from the database on every
 * request so that suspending a company shuts its people and systems out at once, live tokens
 * included. A token of an organization AIVA does not know is refused like a forged one, and so is a
 * token of an API client the company has revoked.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TenantAccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TenantAccessFilter.class.getName());
    private static final String INTEGRATION_ROLE = "integration";

    @Inject
    Caller caller;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentTenant currentTenant;


    @Inject
    AuditTrail audit;

    @Inject
    ProblemResponses problems;

    @Inject
    CurrentActor actor;

    @Inject
    RequestId requestId;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!caller.authenticated()) {
            return;
        }
        actor.set(new Actor(caller.subject(), caller.name(), requestId.value()));
        String organizationId;
        try {
            organizationId = caller.organizationId().orElse(null);
        } catch (IllegalArgumentException e) {
            request.abortWith(unauthorized(e.getMessage()));
            return;
        }
        if (organizationId == null) {
            return;
        }
        Optional<String> client = caller.roles().contains(INTEGRATION_ROLE) ? Optional.ofNullable(caller.clientId()) : Optional.empty();
        CompanyAccess.Verdict verdict = access.of(organizationId, client);
        Tenant tenant = verdict.company().orElse(null);
        if (tenant == null) {
            request.abortWith(unauthorized("the token's organization is not an AIVA company"));
        } else if (tenant.status() != TenantStatus.ACTIVE) {
            refuse(request, tenant, "the company is suspended");
        } else if (verdict.clientRevoked()) {
            refuse(request, tenant, "this API client was revoked");
        } else {
            currentTenant.actFor(tenant.id());
        }
    }

    /** Refuses a verified token of a known company, and tells that company's audit trail once per token. */
    private void refuse(ContainerRequestContext request, Tenant tenant, String reason) {
        try {
            audit.recordOnce(tenant.id(), AuditTrail.ACCESS_REFUSED, caller.name(), reason,
                    AuditTrail.ACCESS_REFUSED + ":" + caller.tokenId());
        } catch (RuntimeException concurrentDuplicate) {
            LOG.log(Level.FINE, "a concurrent request recorded this refusal already", concurrentDuplicate);
        }
        request.abortWith(unauthorized(reason));
    }

    private Response unauthorized(String detail) {
        return Response.fromResponse(problems.problem(ProblemKind.UNAUTHORIZED, detail, uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }
}
