package io.aiva.core.tenancy;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.aiva.core.apiclient.ApiClientStore;

/**
 * Whether a verified token's company may act now: the company (by the token's organization) and,
 * for an API client's token, that the client is still the company's. Read on every request, in
 * one transaction, so suspending a company or revoking a client refuses their live tokens at once.
 */
@ApplicationScoped
public class CompanyAccess {

    /** What a token's company and client are now. */
    public record Verdict(Optional<Tenant> company, boolean clientRevoked) {
    }

    @Inject
    Tenants tenants;

    @Inject
    ApiClientStore clients;

    /** @param clientId the API client's {@code client_id} for an integration token, empty for a person */
    @Transactional
    public Verdict of(String organizationId, Optional<String> clientId) {
        Optional<Tenant> company = tenants.findByOrganization(organizationId);
        boolean revoked = company.isPresent() && company.get().status() == TenantStatus.ACTIVE && clientId.isPresent()
                && !clients.active(company.get().id(), clientId.get());
        return new Verdict(company, revoked);
    }
}
