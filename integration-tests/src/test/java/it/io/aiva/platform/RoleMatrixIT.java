package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.KnownPasswordUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;
import io.aiva.sdk.model.PersonCreate;
import io.aiva.sdk.model.TenantCreate;
import io.aiva.sdk.model.TenantOnboarding;

/**
 * Every operation of the API against every kind of caller, compared with the documented answer:
 * one table, so a new operation without a row, or a role that gets more than it should, fails here.
 */
@ExtendWith(Platform.class)
class RoleMatrixIT {

    private static final String NONE = "no token";
    private static final String SUPER_ADMIN = "super-admin";
    private static final String COMPANY_ADMIN = "company-admin";
    private static final String RECRUITER = "recruiter";
    private static final String CANDIDATE = "candidate";
    private static final String API_CLIENT = "API client";
    private static final List<String> CALLERS = List.of(NONE, SUPER_ADMIN, COMPANY_ADMIN, RECRUITER, CANDIDATE, API_CLIENT);
    private static final String QUESTION = "{\"type\":\"technical\",\"competency\":\"backend\",\"difficulty\":2,"
            + "\"language\":\"en\",\"title\":\"Matrix\",\"prompt\":\"Why?\",\"rubric\":[{\"criterion\":\"Why\",\"weight\":1,"
            + "\"good\":\"Because\",\"poor\":\"No idea\"}]}";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** An operation, and the status each caller gets; unlisted callers get 403. */
    private record Expectation(String method, String path, String body, Map<String, Integer> statuses) {

        int statusFor(String caller) {
            return statuses.getOrDefault(caller, caller.equals(NONE) ? 401 : 403);
        }
    }

    @Test
    void everyOperationAnswersEachRoleAsDocumented(LocalStack platform) throws Exception {
        String password = "role-matrix-password-1";
        TenantsApi operator = new TenantsApi(Platform.apiClient(platform,
                platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));
        String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        TenantOnboarding company = operator.createTenant(new TenantCreate().name("Matrix " + slug).slug(slug)
                .firstAdmin(new PersonCreate().email(slug + "-admin@example.com").firstName("Ada").lastName("Admin")), null);
        platform.login().firstSignIn(slug + "-admin@example.com", company.getFirstAdmin().getTemporaryPassword(), password);
        // The person the user-management rows act on; removed by the last of them.
        String person;
        try (Keycloak admin = platform.keycloak().adminClient()) {
            RealmResource realm = admin.realm("aiva");
            String organizationId = TestCompany.organizationId(realm, slug);
            for (String role : List.of(RECRUITER, CANDIDATE)) {
                String email = slug + "-" + role + "@example.com";
                KnownPasswordUsers.create(realm, email, email, "Role", "Matrix", role, password, organizationId);
            }
            String target = slug + "-target@example.com";
            person = "/api/v1/users/" + KnownPasswordUsers.create(realm, target, target, "Tar", "Get", RECRUITER, password,
                    organizationId);
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(SUPER_ADMIN, platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD));
        tokens.put(COMPANY_ADMIN, platform.login().accessToken(slug + "-admin@example.com", password));
        tokens.put(RECRUITER, platform.login().accessToken(slug + "-recruiter@example.com", password));
        tokens.put(CANDIDATE, platform.login().accessToken(slug + "-candidate@example.com", password));
        ApiClientsApi clients = new ApiClientsApi(Platform.apiClient(platform, tokens.get(COMPANY_ADMIN)));
        ApiClientCredentials integration = clients.createApiClient(new ApiClientCreate().name("matrix caller"), null);
        tokens.put(API_CLIENT, platform.login().clientToken(integration.getClient().getClientId(), integration.getClientSecret()));
        // The client the credential rows act on; revoked by the last of them.
        String apiClient = "/api/v1/api-clients/" + clients.createApiClient(new ApiClientCreate().name("matrix target"), null)
                .getClient().getId();

        // The Greenhouse key the key rows act on; revoked by the first caller allowed.
        String greenhouseKey = "/api/v1/integrations/greenhouse/keys/" + new ObjectMapper().readTree(call(platform,
                new Expectation("POST", "/api/v1/integrations/greenhouse/keys", "{\"name\":\"matrix target\"}", Map.of()),
                tokens.get(COMPANY_ADMIN)).body()).get("key").get("id").asText();

        // Suspension is tried on another company, so the callers' own company stays active throughout.
        String otherSlug = slug + "-other";
        String tenant = "/api/v1/tenants/" + operator.createTenant(new TenantCreate().name("Other " + slug).slug(otherSlug)
                .firstAdmin(new PersonCreate().email(otherSlug + "@example.com").firstName("O").lastName("Ther")), null)
                .getTenant().getId();
        String newCompany = "{\"name\":\"M\",\"slug\":\"" + slug + "-new\",\"firstAdmin\":{\"email\":\"" + slug
                + "-new@example.com\",\"firstName\":\"A\",\"lastName\":\"B\"}}";
        String candidate = "/api/v1/candidates/" + ApiCall.post(platform, "/v1/candidates",
                "{\"firstName\":\"Role\",\"lastName\":\"Matrix\",\"email\":\"role.matrix@example.com\"}")
                .token(tokens.get(COMPANY_ADMIN)).send().json().get("id").asText();
        String question = "/api/v1/questions/" + ApiCall.post(platform, "/v1/questions", QUESTION).token(tokens.get(COMPANY_ADMIN))
                .send().json().get("id").asText();
        String codingQuestion = TemplatesIT.firstQuestion(platform, tokens.get(COMPANY_ADMIN), "type=coding&language=en");
        String template = "/api/v1/templates/" + ApiCall.post(platform, "/v1/templates",
                TemplatesIT.template("Matrix", "en", codingQuestion, 1)).token(tokens.get(COMPANY_ADMIN)).send().json()
                .get("id").asText();
        String candidateId = candidate.substring(candidate.lastIndexOf('/') + 1);
        String templateId = template.substring(template.lastIndexOf('/') + 1);
        String newAssignment = "{\"candidateId\":\"" + candidateId + "\",\"templateId\":\"" + templateId + "\"}";
        String assignment = "/api/v1/assignments/" + ApiCall.post(platform, "/v1/assignments", newAssignment)
                .token(tokens.get(COMPANY_ADMIN)).send().json().get("assignment").get("id").asText();
        // A webhook endpoint nothing listens on, disabled so that the replay rows answer the same (409)
        // whatever the delivery job is doing; its test delivery is the one the delivery rows read.
        String newHook = "{\"url\":\"http://127.0.0.1:9/hook\"}";
        String hookUrl = "{\"url\":\"http://127.0.0.1:9/hook\",\"enabled\":false}";
        String hook = "/api/v1/webhook-endpoints/" + ApiCall.post(platform, "/v1/webhook-endpoints", newHook)
                .token(tokens.get(COMPANY_ADMIN)).send().json().get("endpoint").get("id").asText();
        ApiCall.put(platform, hook.substring("/api".length()), hookUrl).token(tokens.get(COMPANY_ADMIN)).send();
        String hookDelivery = hook + "/deliveries/" + ApiCall.post(platform, hook.substring("/api".length()) + "/test", null)
                .token(tokens.get(COMPANY_ADMIN)).send().json().get("id").asText();
        Map<String, Integer> integrationSetup = Map.of(COMPANY_ADMIN, 200, API_CLIENT, 200);
        Map<String, Integer> companyWork = Map.of(COMPANY_ADMIN, 200, RECRUITER, 200, API_CLIENT, 200);
        Map<String, Integer> companyRemoves = Map.of(COMPANY_ADMIN, 204, RECRUITER, 204, API_CLIENT, 204);
        Map<String, Integer> companyCreates = Map.of(COMPANY_ADMIN, 201, RECRUITER, 201, API_CLIENT, 201);
        List<Expectation> matrix = List.of(
                new Expectation("GET", "/api/v1/status", null, everyone(200)),
                new Expectation("GET", "/api/v1/tenants", null, Map.of(SUPER_ADMIN, 200)),
                new Expectation("POST", "/api/v1/tenants", newCompany, Map.of(SUPER_ADMIN, 201)),
                new Expectation("GET", tenant, null, Map.of(SUPER_ADMIN, 200)),
                new Expectation("POST", tenant + "/suspend", "{\"reason\":\"role matrix\"}", Map.of(SUPER_ADMIN, 200)),
                new Expectation("POST", tenant + "/reactivate", null, Map.of(SUPER_ADMIN, 200)),
                new Expectation("GET", "/api/v1/audit-events", null, Map.of(COMPANY_ADMIN, 200)),
                new Expectation("GET", "/api/v1/users", null, Map.of(COMPANY_ADMIN, 200)),
                new Expectation("POST", "/api/v1/users", "{\"email\":\"" + slug + "-invited@example.com\",\"firstName\":\"I\","
                        + "\"lastName\":\"N\",\"role\":\"recruiter\"}", Map.of(COMPANY_ADMIN, 201)),
                new Expectation("GET", person, null, Map.of(COMPANY_ADMIN, 200)),
                new Expectation("PATCH", person, "{\"role\":\"recruiter\"}", Map.of(COMPANY_ADMIN, 200)),
                new Expectation("DELETE", person, null, Map.of(COMPANY_ADMIN, 204)),
                new Expectation("GET", "/api/v1/company", null, Map.of(COMPANY_ADMIN, 200, RECRUITER, 200, API_CLIENT, 200)),
                new Expectation("GET", "/api/v1/company/settings", null, Map.of(COMPANY_ADMIN, 200, RECRUITER, 200, API_CLIENT, 200)),
                new Expectation("PUT", "/api/v1/company/settings", "{\"analysisProvider\":\"builtin\"}", Map.of(COMPANY_ADMIN, 200)),
                new Expectation("GET", "/api/v1/api-clients", null, Map.of(COMPANY_ADMIN, 200)),
                new Expectation("POST", "/api/v1/api-clients", "{\"name\":\"matrix new\"}", Map.of(COMPANY_ADMIN, 201)),
                new Expectation("POST", apiClient + "/rotate-secret", null, Map.of(COMPANY_ADMIN, 200)),
                new Expectation("DELETE", apiClient, null, Map.of(COMPANY_ADMIN, 204)),
                new Expectation("GET", "/api/v1/candidates", null, companyWork),
                new Expectation("POST", "/api/v1/candidates", "{\"firstName\":\"New\",\"lastName\":\"Candidate\","
                        + "\"email\":\"new.candidate@example.com\"}", companyCreates),
                new Expectation("GET", candidate, null, companyWork),
                new Expectation("PATCH", candidate, "{\"lastName\":\"Matrix\"}", companyWork),
                new Expectation("GET", "/api/v1/questions", null, companyWork),
                new Expectation("POST", "/api/v1/questions", QUESTION, companyCreates),
                new Expectation("GET", question, null, companyWork),
                new Expectation("PUT", question, QUESTION, companyWork),
                new Expectation("POST", question + "/copy", null, companyCreates),
                new Expectation("DELETE", question, null, companyRemoves),
                new Expectation("GET", "/api/v1/job-roles", null, companyWork),
                new Expectation("GET", "/api/v1/templates", null, companyWork),
                new Expectation("POST", "/api/v1/templates", TemplatesIT.template("New", "en", codingQuestion, 1), companyCreates),
                new Expectation("GET", template, null, companyWork),
                new Expectation("PUT", template, TemplatesIT.template("Changed", "en", codingQuestion, 1), companyWork),
                new Expectation("GET", "/api/v1/assignments", null, companyWork),
                new Expectation("POST", "/api/v1/assignments", newAssignment, companyCreates),
                new Expectation("GET", assignment, null, companyWork),
                new Expectation("POST", assignment + "/resend", null, companyWork),
                // Never opened, never completed: those let through find nothing to show yet.
                new Expectation("GET", assignment + "/session", null, Map.of(COMPANY_ADMIN, 404, RECRUITER, 404, API_CLIENT, 404)),
                new Expectation("GET", assignment + "/scorecard", null, Map.of(COMPANY_ADMIN, 404, RECRUITER, 404, API_CLIENT, 404)),
                new Expectation("PUT", assignment + "/scorecard/review", "{\"decision\":\"hold\"}",
                        Map.of(COMPANY_ADMIN, 404, RECRUITER, 404, API_CLIENT, 404)),
                // Only the first caller allowed to cancel finds it open; the others are let through to a 409.
                new Expectation("POST", assignment + "/cancel", "{\"reason\":\"matrix\"}",
                        Map.of(COMPANY_ADMIN, 200, RECRUITER, 409, API_CLIENT, 409)),
                new Expectation("GET", "/api/v1/events", null, companyWork),
                new Expectation("GET", "/api/v1/webhook-endpoints", null, integrationSetup),
                new Expectation("POST", "/api/v1/webhook-endpoints", newHook, Map.of(COMPANY_ADMIN, 201, API_CLIENT, 201)),
                new Expectation("GET", hook, null, integrationSetup),
                new Expectation("PUT", hook, hookUrl, integrationSetup),
                new Expectation("POST", hook + "/rotate-secret", null, integrationSetup),
                new Expectation("POST", hook + "/test", null, integrationSetup),
                new Expectation("GET", hook + "/deliveries", null, integrationSetup),
                new Expectation("GET", hookDelivery, null, integrationSetup),
                new Expectation("POST", hookDelivery + "/replay", null, Map.of(COMPANY_ADMIN, 409, API_CLIENT, 409)),
                new Expectation("GET", "/api/v1/integrations/greenhouse", null, Map.of(COMPANY_ADMIN, 200, RECRUITER, 200)),
                new Expectation("PUT", "/api/v1/integrations/greenhouse/settings", "{\"deadlineDays\":7}", Map.of(COMPANY_ADMIN, 200)),
                new Expectation("POST", "/api/v1/integrations/greenhouse/keys", "{\"name\":\"matrix new\"}", Map.of(COMPANY_ADMIN, 201)),
                new Expectation("DELETE", greenhouseKey, null, Map.of(COMPANY_ADMIN, 204)),
                new Expectation("GET", "/api/v1/integrations/greenhouse/reported-errors", null, Map.of(COMPANY_ADMIN, 200, RECRUITER, 200)),
                // The assignment was not sent from Greenhouse.
                new Expectation("GET", "/api/v1/integrations/greenhouse/callbacks" + assignment.substring("/api/v1/assignments".length()),
                        null, Map.of(COMPANY_ADMIN, 404, RECRUITER, 404)),
                new Expectation("DELETE", template, null, companyRemoves),
                // Removed by the first caller allowed; the next finds nothing.
                new Expectation("DELETE", hook, null, Map.of(COMPANY_ADMIN, 204, API_CLIENT, 404)));

        List<String> wrong = new ArrayList<>();
        for (Expectation operation : matrix) {
            for (String caller : CALLERS) {
                int status = call(platform, operation, tokens.get(caller)).statusCode();
                if (status != operation.statusFor(caller)) {
                    wrong.add(operation.method() + " " + operation.path() + " as " + caller + ": " + status
                            + " instead of " + operation.statusFor(caller));
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(matrix.stream().map(operation -> operation.method() + " " + operation.path()
                .replace(tenant, "/api/v1/tenants/{tenantId}").replace(person, "/api/v1/users/{userId}")
                .replace(apiClient, "/api/v1/api-clients/{apiClientId}")
                .replace(candidate, "/api/v1/candidates/{candidateId}")
                .replace(question, "/api/v1/questions/{questionId}")
                .replace(template, "/api/v1/templates/{templateId}")
                .replace(assignment, "/api/v1/assignments/{assignmentId}")
                .replace(hookDelivery, "/api/v1/webhook-endpoints/{webhookEndpointId}/deliveries/{deliveryId}")
                .replace(hook, "/api/v1/webhook-endpoints/{webhookEndpointId}")
                .replace(greenhouseKey, "/api/v1/integrations/greenhouse/keys/{integrationKeyId}")
                .replace("/api/v1/integrations/greenhouse/callbacks" + assignment.substring("/api/v1/assignments".length()),
                        "/api/v1/integrations/greenhouse/callbacks/{assignmentId}")
                .replaceFirst("^/api", "")).toList())
                .as("every operation of the contract has a row")
                .containsExactlyInAnyOrderElementsOf(operationsOfTheContract());
    }

    private static List<String> operationsOfTheContract() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of(System.getProperty("aiva.openapi")).toFile())
                .path("paths");
        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static Map<String, Integer> everyone(int status) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        CALLERS.forEach(caller -> statuses.put(caller, status));
        return statuses;
    }

    private static HttpResponse<String> call(LocalStack platform, Expectation operation, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.baseUri().resolve(operation.path()))
                .method(operation.method(), operation.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(operation.body()))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Platform.send(request.build());
    }
}
