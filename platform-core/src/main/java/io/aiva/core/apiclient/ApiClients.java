package io.aiva.core.apiclient;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.core.identity.KeycloakDirectory;
import io.aiva.core.identity.NewClient;
import io.aiva.core.tenancy.Tenant;
import io.aiva.core.tenancy.Tenants;

/**
 * The caller's company's API clients, across Keycloak (the client and its secret) and PostgreSQL
 * (which clients the company has). Creation undoes the Keycloak client when the row cannot be
 * written; revocation deletes the row first, so the client's live tokens are refused at once.
 */
@ApplicationScoped
public class ApiClients {

    private static final Logger LOG = Logger.getLogger(ApiClients.class.getName());

    @Inject
    ApiClientStore store;

    @Inject
    KeycloakDirectory directory;

    @Inject
    Tenants tenants;


    /** The realm's URL as clients see it, the issuer of every token the API accepts. */
    @Inject
    @ConfigProperty(name = "aiva.oidc.issuer", defaultValue = "http://localhost:8180/realms/aiva")
    String issuer;

    private final Clock clock = Clock.systemUTC();

    /** Where API clients get their tokens (client-credentials grant). */
    public String tokenUrl() {
        return issuer + "/protocol/openid-connect/token";
    }

    public List<ApiClient> all() {
        return store.all();
    }

    public IssuedSecret create(String name) {
        Tenant company = tenants.current();
        NewClient created = directory.createApiClient(company.organizationId(), company.slug(), name);
        ApiClient client = new ApiClient(UUID.randomUUID(), name, created.clientId(), created.keycloakId(), clock.instant());
        try {
            store.insert(company.id(), client);
        } catch (RuntimeException e) {
            directory.deleteClient(created.keycloakId());
            throw e;
        }
        return new IssuedSecret(client, created.secret());
    }

    public Optional<IssuedSecret> rotateSecret(UUID id) {
        Tenant company = tenants.current();
        Optional<ApiClient> client = store.find(id);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        String secret = directory.rotateClientSecret(client.get().keycloakId());
        return Optional.of(new IssuedSecret(store.secretRotated(company.id(), id, clock.instant()), secret));
    }

    /** False when the company has no such client. */
    public boolean revoke(UUID id) {
        Tenant company = tenants.current();
        Optional<ApiClient> client = store.find(id);
        if (client.isEmpty()) {
            return false;
        }
        store.delete(company.id(), id);
        try {
            directory.deleteClient(client.get().keycloakId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "API client " + client.get().clientId() + " is revoked and its tokens refused, but its"
                    + " Keycloak client could not be deleted; delete it by hand", e);
        }
        return true;
    }
}
