package io.aiva.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.ClientScopeResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Brings a Keycloak server's realm {@code aiva} to what {@link RealmAsCode} defines: creates it when
 * absent, and otherwise upgrades settings, roles, the API client scope and the platform's clients in
 * place. It never deletes: organizations, users and API clients created at runtime survive every
 * upgrade.
 */
public final class RealmProvisioner {

    private static final Logger LOG = Logger.getLogger(RealmProvisioner.class.getName());

    /** What the platform's own service account may do in its realm, and nothing more. */
    static final List<String> PLATFORM_ADMIN_ROLES = List.of(
            "manage-users", "view-users", "query-users", "manage-clients", "view-clients", "query-clients",
            "manage-realm", "view-realm");

    private final Keycloak admin;
    private final RealmAsCode code;

    public RealmProvisioner(Keycloak admin, RealmAsCode code) {
        this.admin = admin;
        this.code = code;
    }

    public void provision() {
        RealmRepresentation wanted = code.realm();
        List<RoleRepresentation> roles = wanted.getRoles().getRealm();
        List<ClientRepresentation> clients = wanted.getClients();
        if (realmExists()) {
            wanted.setRoles(null);
            wanted.setClients(null);
            realm().update(wanted);
            LOG.info("Keycloak realm aiva upgraded in place");
        } else {
            admin.realms().create(wanted);
            LOG.info("Keycloak realm aiva created");
        }
        roles.forEach(this::ensureRole);
        String scopeId = ensureApiScope(code.apiScope());
        if (realm().getDefaultDefaultClientScopes().stream().noneMatch(scope -> scope.getId().equals(scopeId))) {
            realm().addDefaultDefaultClientScope(scopeId);
        }
        for (ClientRepresentation client : clients) {
            ClientResource resource = ensureClient(client);
            if (resource.getDefaultClientScopes().stream().noneMatch(scope -> scope.getId().equals(scopeId))) {
                resource.addDefaultClientScope(scopeId);
            }
        }
        grantPlatformAdminRoles();
    }

    private boolean realmExists() {
        try {
            realm().toRepresentation();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private RealmResource realm() {
        return admin.realm(RealmAsCode.REALM);
    }

    private void ensureRole(RoleRepresentation role) {
        try {
            RoleRepresentation existing = realm().roles().get(role.getName()).toRepresentation();
            if (!Objects.equals(existing.getDescription(), role.getDescription())) {
                existing.setDescription(role.getDescription());
                realm().roles().get(role.getName()).update(existing);
            }
        } catch (NotFoundException e) {
            realm().roles().create(role);
        }
    }

    private String ensureApiScope(ClientScopeRepresentation wanted) {
        Optional<ClientScopeRepresentation> existing = realm().clientScopes().findAll().stream()
                .filter(scope -> scope.getName().equals(wanted.getName())).findFirst();
        if (existing.isEmpty()) {
            try (Response response = realm().clientScopes().create(wanted)) {
                requireCreated(response, "client scope " + wanted.getName());
                return createdId(response);
            }
        }
        String id = existing.get().getId();
        ClientScopeResource scope = realm().clientScopes().get(id);
        ClientScopeRepresentation update = code.apiScope();
        update.setId(id);
        update.setProtocolMappers(null);
        scope.update(update);
        Map<String, ProtocolMapperRepresentation> current = scope.getProtocolMappers().getMappers().stream()
                .collect(Collectors.toMap(ProtocolMapperRepresentation::getName, Function.identity()));
        for (ProtocolMapperRepresentation mapper : wanted.getProtocolMappers()) {
            ProtocolMapperRepresentation present = current.get(mapper.getName());
            if (present == null) {
                scope.getProtocolMappers().createMapper(mapper).close();
            } else {
                mapper.setId(present.getId());
                scope.getProtocolMappers().update(present.getId(), mapper);
            }
        }
        return id;
    }

    private ClientResource ensureClient(ClientRepresentation wanted) {
        List<ClientRepresentation> found = realm().clients().findByClientId(wanted.getClientId());
        if (found.isEmpty()) {
            try (Response response = realm().clients().create(wanted)) {
                requireCreated(response, "client " + wanted.getClientId());
                return realm().clients().get(createdId(response));
            }
        }
        ClientRepresentation existing = found.get(0);
        wanted.setId(existing.getId());
        wanted.setSecret(null);
        ClientResource resource = realm().clients().get(existing.getId());
        resource.update(wanted);
        return resource;
    }

    private void grantPlatformAdminRoles() {
        String serviceAccountId = client(RealmAsCode.PLATFORM_CLIENT).getServiceAccountUser().getId();
        ClientRepresentation realmManagement = realm().clients().findByClientId("realm-management").get(0);
        ClientResource realmManagementClient = realm().clients().get(realmManagement.getId());
        List<RoleRepresentation> roles = PLATFORM_ADMIN_ROLES.stream()
                .map(name -> realmManagementClient.roles().get(name).toRepresentation())
                .toList();
        realm().users().get(serviceAccountId).roles().clientLevel(realmManagement.getId()).add(roles);
    }

    private ClientResource client(String clientId) {
        return realm().clients().get(realm().clients().findByClientId(clientId).get(0).getId());
    }

    static void requireCreated(Response response, String what) {
        if (response.getStatus() != 201) {
            throw new IllegalStateException("Keycloak refused to create " + what + ": HTTP " + response.getStatus()
                    + " " + response.readEntity(String.class));
        }
    }

    static String createdId(Response response) {
        String path = response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
