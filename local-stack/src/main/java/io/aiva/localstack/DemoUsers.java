package io.aiva.localstack;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.aiva.keycloak.RealmAsCode;

/**
 * The demo logins of a local stack. Their password is public (it is printed by the run command and
 * written in the README), which is why only the local stack, never a deployment, creates them.
 */
public final class DemoUsers {

    public static final String PASSWORD = "aiva-demo-password";
    public static final String SUPER_ADMIN = "superadmin";

    private DemoUsers() {
    }

    /** Creates the platform operator's login unless it exists; safe on every start. */
    static void seed(Keycloak admin) {
        RealmResource realm = admin.realm(RealmAsCode.REALM);
        if (!realm.users().searchByUsername(SUPER_ADMIN, true).isEmpty()) {
            return;
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(SUPER_ADMIN);
        user.setEmail("superadmin@aiva.test");
        user.setEmailVerified(true);
        user.setFirstName("Platform");
        user.setLastName("Operator");
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        String id;
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the demo super-admin: HTTP " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get("super-admin").toRepresentation()));
    }
}
