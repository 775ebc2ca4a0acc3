package io.aiva.core.tenancy;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.aiva.core.AlreadyExistsException;
import io.aiva.core.identity.KeycloakDirectory;
import io.aiva.core.identity.NewLogin;
import io.aiva.core.question.QuestionLibrary;
import io.aiva.core.transaction.Transactions;

/**
 * Onboards a company across Keycloak and PostgreSQL, all or nothing. The two cannot share a
 * transaction, so Keycloak goes first and is undone when anything after it fails; the tenant row and
 * the company's stock of library questions are written last, in one transaction committed before the
 * caller hears of success.
 */
@ApplicationScoped
public class TenantOnboarding {

    private static final Logger LOG = Logger.getLogger(TenantOnboarding.class.getName());
    static final String COMPANY_ADMIN_ROLE = "company-admin";

    @Inject
    Tenants tenants;

    @Inject
    KeycloakDirectory directory;

    @Inject
    QuestionLibrary library;

    @Inject
    Transactions transactions;

    private final Clock clock = Clock.systemUTC();

    public OnboardedTenant onboard(NewTenant request) {
        if (tenants.slugTaken(request.slug())) {
            throw new AlreadyExistsException("slug", "a company with the slug " + request.slug() + " exists");
        }
        String organizationId = directory.createOrganization(request.name(), request.slug());
        NewLogin admin = null;
        try {
            admin = directory.createMember(organizationId, request.firstAdmin(), COMPANY_ADMIN_ROLE, "firstAdmin.email");
            Tenant tenant = new Tenant(UUID.randomUUID(), request.slug(), request.name(), organizationId, clock.instant());
            transactions.runOnItsOwn(() -> {
                tenants.insert(tenant);
                library.stockTenant(tenant.id());
            });
            return new OnboardedTenant(tenant, admin);
        } catch (RuntimeException e) {
            undo(organizationId, admin);
            if (!(e instanceof AlreadyExistsException) && tenants.slugTaken(request.slug())) {
                throw new AlreadyExistsException("slug", "a company with the slug " + request.slug() + " exists");
            }
            throw e;
        }
    }

    private void undo(String organizationId, NewLogin admin) {
        try {
            if (admin != null) {
                directory.deleteUser(admin.userId());
            }
            directory.deleteOrganization(organizationId);
        } catch (RuntimeException undoFailed) {
            LOG.log(Level.SEVERE, "Onboarding failed and Keycloak organization " + organizationId
                    + " could not be removed; delete it by hand", undoFailed);
        }
    }
}
