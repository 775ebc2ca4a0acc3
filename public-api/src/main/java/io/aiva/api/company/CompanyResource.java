package io.aiva.api.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.aiva.api.tenancy.TenantsResource;
import io.aiva.api.v1.CompanyApi;
import io.aiva.core.tenancy.Tenants;

/** The caller's own company, for its people and its API clients. */
@RequestScoped
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class CompanyResource implements CompanyApi {

    @Inject
    Tenants tenants;

    @Override
    public Response getOwnCompany() {
        return Response.ok(TenantsResource.view(tenants.current())).build();
    }
}
