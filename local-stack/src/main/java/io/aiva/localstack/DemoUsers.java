package io.aiva.localstack;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

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
        KnownPasswordUsers.create(realm, SUPER_ADMIN, "superadmin@aiva.test", "Platform", "Operator", "super-admin", PASSWORD,
                null);
    }
}
