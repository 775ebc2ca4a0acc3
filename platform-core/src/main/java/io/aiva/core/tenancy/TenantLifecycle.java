package io.aiva.core.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.aiva.core.identity.KeycloakDirectory;

/**
 * Suspends and reactivates companies. The tenant row is what every API call checks, so it decides:
 * a suspension is committed there first and takes effect at once even if Keycloak is unreachable;
 * a reactivation opens Keycloak first, so the row never says active while sign-in is still shut.
 */
@ApplicationScoped
public class TenantLifecycle {

    private static final Logger LOG = Logger.getLogger(TenantLifecycle.class.getName());

    @Inject
    Tenants tenants;

    @Inject
    KeycloakDirectory directory;

    public Optional<Tenant> suspend(UUID tenantId, String reason) {
        Optional<Tenant> tenant = tenants.changeStatus(tenantId, TenantStatus.SUSPENDED, reason);
        tenant.ifPresent(suspended -> {
            try {
                directory.shutOrganization(suspended.organizationId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Company " + suspended.slug() + " is suspended and its tokens are refused, but"
                        + " Keycloak could not be told to stop its sign-ins; retry the suspension", e);
            }
        });
        return tenant;
    }

    public Optional<Tenant> reactivate(UUID tenantId) {
        Optional<Tenant> tenant = tenants.find(tenantId);
        if (tenant.isEmpty()) {
            return tenant;
        }
        directory.openOrganization(tenant.get().organizationId());
        return tenants.changeStatus(tenantId, TenantStatus.ACTIVE, null);
    }
}
