package io.aiva.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.aiva.keycloak.RealmAsCode;

/**
 * The demo company of the run command, Acme Robotics, with one person per company role. The company
 * is onboarded through the public API as the demo super-admin, the way a real one is; only what the
 * API cannot do yet for a demo (a known password instead of a temporary one, the recruiter and the
 * candidate) is done through Keycloak's admin API. Safe to run on every start.
 */
final class DemoCompany {

    static final String SLUG = "acme";
    static final String NAME = "Acme Robotics";
    static final String ADMIN = "admin@acme.test";
    static final String RECRUITER = "recruiter@acme.test";
    static final String CANDIDATE = "candidate@acme.test";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoCompany() {
    }

    static void seed(LocalStack stack) throws IOException, InterruptedException {
        String operatorToken = stack.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD);
        if (!onboarded(stack.baseUri(), operatorToken)) {
            onboard(stack.baseUri(), operatorToken);
        }
        try (Keycloak admin = stack.keycloak().adminClient()) {
            RealmResource realm = admin.realm(RealmAsCode.REALM);
            String organizationId = realm.organizations().search(SLUG).stream()
                    .filter(organization -> SLUG.equals(organization.getAlias())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the demo company has no Keycloak organization"))
                    .getId();
            givePassword(realm, userId(realm, ADMIN));
            member(realm, organizationId, RECRUITER, "Rita", "Recruiter", "recruiter");
            member(realm, organizationId, CANDIDATE, "Carl", "Candidate", "candidate");
        }
    }

    private static boolean onboarded(URI platform, String token) throws IOException, InterruptedException {
        JsonNode page = call(HttpRequest.newBuilder(platform.resolve("/api/v1/tenants?limit=100"))
                .header("Authorization", "Bearer " + token).build(), 200);
        for (JsonNode tenant : page.path("data")) {
            if (SLUG.equals(tenant.path("slug").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void onboard(URI platform, String token) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("name", NAME).put("slug", SLUG);
        request.putObject("firstAdmin").put("email", ADMIN).put("firstName", "Ada").put("lastName", "Admin");
        call(HttpRequest.newBuilder(platform.resolve("/api/v1/tenants"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(), 201);
    }

    private static JsonNode call(HttpRequest request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException("seeding the demo company: " + request.method() + " " + request.uri() + " answered HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void member(RealmResource realm, String organizationId, String email, String firstName, String lastName,
            String role) {
        if (realm.users().searchByUsername(email, true).isEmpty()) {
            KnownPasswordUsers.create(realm, email, email, firstName, lastName, role, DemoUsers.PASSWORD, organizationId);
        }
    }

    private static String userId(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo company has no user " + username))
                .getId();
    }

    /** The public demo password, permanent, so the demo logins work without a first-sign-in detour. */
    private static void givePassword(RealmResource realm, String userId) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DemoUsers.PASSWORD);
        password.setTemporary(false);
        UserResource user = realm.users().get(userId);
        user.resetPassword(password);
        UserRepresentation representation = user.toRepresentation();
        representation.setRequiredActions(List.of());
        user.update(representation);
    }
}
