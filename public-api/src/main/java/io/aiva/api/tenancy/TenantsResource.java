package io.aiva.api.tenancy;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.web.paging.Cursors;
import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.TenantsApi;
import io.aiva.api.v1.model.OnboardedAdmin;
import io.aiva.api.v1.model.Tenant;
import io.aiva.api.v1.model.TenantCreate;
import io.aiva.api.v1.model.TenantOnboarding;
import io.aiva.api.v1.model.TenantPage;
import io.aiva.api.v1.model.TenantStatus;
import io.aiva.api.v1.model.TenantSuspension;
import io.aiva.core.identity.Person;
import io.aiva.core.tenancy.NewTenant;
import io.aiva.core.tenancy.OnboardedTenant;
import io.aiva.core.tenancy.TenantLifecycle;
import io.aiva.core.tenancy.Tenants;

/** Company onboarding and the list of companies: the platform operators' part of the API. */
@RequestScoped
@IdempotentPosts
@RolesAllowed("super-admin")
public class TenantsResource implements TenantsApi {

    @Inject
    io.aiva.core.tenancy.TenantOnboarding onboarding;

    @Inject
    Tenants tenants;

    @Inject
    TenantLifecycle lifecycle;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response createTenant(TenantCreate request, String idempotencyKey) {
        OnboardedTenant onboarded = onboarding.onboard(new NewTenant(request.getName().strip(), request.getSlug(),
                new Person(request.getFirstAdmin().getEmail(), request.getFirstAdmin().getFirstName().strip(),
                        request.getFirstAdmin().getLastName().strip())));
        TenantOnboarding body = new TenantOnboarding()
                .tenant(view(onboarded.tenant()))
                .firstAdmin(new OnboardedAdmin()
                        .id(onboarded.firstAdmin().userId())
                        .email(onboarded.firstAdmin().email())
                        .temporaryPassword(onboarded.firstAdmin().temporaryPassword()));
        return Response.created(uri.getBaseUriBuilder().path("v1/tenants/{id}").build(onboarded.tenant().id()))
                .entity(body).build();
    }

    @Override
    public Response getTenant(UUID tenantId) {
        return found(tenants.find(tenantId));
    }

    @Override
    public Response suspendTenant(UUID tenantId, TenantSuspension request, String idempotencyKey) {
        return found(lifecycle.suspend(tenantId, request.getReason().strip()));
    }

    @Override
    public Response reactivateTenant(UUID tenantId, String idempotencyKey) {
        return found(lifecycle.reactivate(tenantId));
    }

    private Response found(Optional<io.aiva.core.tenancy.Tenant> tenant) {
        return tenant.map(found -> Response.ok(view(found)).build())
                .orElseGet(() -> problems.problem(ProblemKind.NOT_FOUND, "No company has this id.", uri, null));
    }

    @Override
    public Response listTenants(Integer limit, String cursor) {
        String afterSlug;
        try {
            afterSlug = Cursors.sortKey(cursor);
        } catch (IllegalArgumentException e) {
            return problems.invalidCursor(uri);
        }
        List<io.aiva.core.tenancy.Tenant> page = tenants.page(afterSlug, limit + 1);
        TenantPage body = new TenantPage().data(page.stream().limit(limit).map(TenantsResource::view).toList());
        if (page.size() > limit) {
            body.nextCursor(Cursors.after(page.get(limit - 1).slug()));
        }
        return Response.ok(body).build();
    }

    public static Tenant view(io.aiva.core.tenancy.Tenant tenant) {
        return new Tenant()
                .id(tenant.id())
                .name(tenant.name())
                .slug(tenant.slug())
                .status(TenantStatus.fromValue(tenant.status().name().toLowerCase()))
                .createdAt(tenant.createdAt().atOffset(ZoneOffset.UTC));
    }
}
