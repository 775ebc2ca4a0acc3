package io.aiva.localstack;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Logins with a known, permanent password and one realm role, made through Keycloak's admin API: the
 * local stack's demo people and the tests' role holders. Never for a deployment, where people get a
 * temporary password and choose their own.
 */
public final class KnownPasswordUsers {

    private KnownPasswordUsers() {
    }

    /** Creates the login and returns its id; a member of {@code organizationId} when one is given. */
    public static String create(RealmResource realm, String username, String email, String firstName, String lastName,
            String role, String password, String organizationId) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        String id;
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the login " + username + ": HTTP " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
        if (organizationId != null) {
            realm.organizations().get(organizationId).members().addMember(id).close();
        }
        return id;
    }
}
