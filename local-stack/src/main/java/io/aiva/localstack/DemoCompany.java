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
 * candidate) is done through Keycloak's admin API. Its admin then makes, through the API, a demo
 * template and candidate once, and on every start a new interview to take. Safe to run on every start.
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

    static final String DEMO_TEMPLATE = "Backend engineer screen (demo)";
    static final String DEMO_CANDIDATE = "demo-candidate";

    /**
     * @return a launch URL of a new interview for the demo candidate, made on every start so the
     *         banner always shows one that opens
     */
    static String seed(LocalStack stack) throws IOException, InterruptedException {
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
        return demoInterview(stack.baseUri(), stack.login().accessToken(ADMIN, DemoUsers.PASSWORD));
    }

    /** The demo template and candidate (made once) and a fresh assignment of one to the other. */
    private static String demoInterview(URI platform, String admin) throws IOException, InterruptedException {
        String template = null;
        for (JsonNode existing : call(get(platform, "/api/v1/templates?limit=100", admin), 200).path("data")) {
            if (DEMO_TEMPLATE.equals(existing.path("name").asText())) {
                template = existing.path("id").asText();
            }
        }
        if (template == null) {
            String coding = call(get(platform, "/api/v1/questions?type=coding&language=en&difficulty=1&limit=1", admin), 200)
                    .path("data").path(0).path("id").asText();
            template = call(post(platform, "/api/v1/templates", admin, """
                    {"name":"%s","jobRole":"backend-engineer","language":"en","answerModes":["voice","text","code"],
                     "timeLimitMinutes":45,"sections":[
                      {"title":"About you","rule":{"count":1,"types":["behavioral"],"competencies":["ownership"]}},
                      {"title":"Backend","rule":{"count":2,"types":["technical"],"competencies":["backend"],
                       "minDifficulty":2,"maxDifficulty":4,"adaptive":true}},
                      {"title":"Coding","questionIds":["%s"]}]}""".formatted(DEMO_TEMPLATE, coding)), 201).path("id").asText();
        }
        JsonNode candidates = call(get(platform, "/api/v1/candidates?externalId=" + DEMO_CANDIDATE, admin), 200).path("data");
        String candidate = candidates.isEmpty()
                ? call(post(platform, "/api/v1/candidates", admin, "{\"firstName\":\"Dana\",\"lastName\":\"Demo\","
                        + "\"email\":\"" + CANDIDATE + "\",\"externalId\":\"" + DEMO_CANDIDATE + "\"}"), 201).path("id").asText()
                : candidates.path(0).path("id").asText();
        return call(post(platform, "/api/v1/assignments", admin, "{\"candidateId\":\"" + candidate + "\",\"templateId\":\""
                + template + "\"}"), 201).path("launchUrl").asText();
    }

    private static HttpRequest get(URI platform, String path, String token) {
        return HttpRequest.newBuilder(platform.resolve(path)).header("Authorization", "Bearer " + token).build();
    }

    private static HttpRequest post(URI platform, String path, String token, String body) {
        return HttpRequest.newBuilder(platform.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
