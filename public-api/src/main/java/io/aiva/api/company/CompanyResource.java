package io.aiva.api.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.aiva.api.tenancy.TenantsResource;
import io.aiva.api.v1.CompanyApi;
import io.aiva.api.v1.model.AnalysisProvider;
import io.aiva.api.v1.model.CompanySettings;
import io.aiva.api.v1.model.CompanySettingsWrite;
import io.aiva.core.company.CompanyPreferences;
import io.aiva.core.tenancy.Tenants;
import io.aiva.web.problem.EntityTags;

/** The caller's own company and its settings: read by anyone of it, changed by its admins. */
@RequestScoped
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class CompanyResource implements CompanyApi {

    @Inject
    Tenants tenants;

    @Inject
    CompanyPreferences preferences;

    @Override
    public Response getOwnCompany() {
        return Response.ok(TenantsResource.view(tenants.current())).build();
    }

    @Override
    public Response getCompanySettings() {
        return settings(preferences.current());
    }

    @Override
    @RolesAllowed("company-admin")
    public Response replaceCompanySettings(CompanySettingsWrite request, String ifMatch) {
        return settings(preferences.choose(EntityTags.expectedVersion(ifMatch), request.getAnalysisProvider().toString(),
                Boolean.TRUE.equals(request.getCandidatesSeeSuggestions()), request.getEmbedOrigins()));
    }

    private static Response settings(CompanyPreferences.Preferences current) {
        CompanySettings view = new CompanySettings().analysisProvider(AnalysisProvider.fromValue(current.analysisProvider()))
                .availableAnalysisProviders(current.availableAnalysisProviders().stream().map(AnalysisProvider::fromValue).toList())
                .candidatesSeeSuggestions(current.candidatesSeeSuggestions())
                .embedOrigins(current.embedOrigins());
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(current.version())).build();
    }
}
