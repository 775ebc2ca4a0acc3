package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiException;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.PersonCreate;
import io.aiva.sdk.model.Tenant;
import io.aiva.sdk.model.TenantCreate;
import io.aiva.sdk.model.TenantOnboarding;
import io.aiva.sdk.model.TenantPage;
import io.aiva.sdk.model.TenantStatus;

@ExtendWith(Platform.class)
class TenantOnboardingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSuperAdminOnboardsACompanyWhoseAdminThenSignsInForIt(LocalStack platform) throws Exception {
        TenantsApi tenants = new TenantsApi(Platform.apiClient(platform, superAdminToken(platform)));
        String slug = uniqueSlug("onboard");

        TenantOnboarding onboarded = tenants.createTenant(newTenant(slug, slug + "-admin@example.com"), null);

        Tenant created = onboarded.getTenant();
        assertThat(created.getSlug()).isEqualTo(slug);
        assertThat(created.getName()).isEqualTo("Company " + slug);
        assertThat(created.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenants.getTenant(created.getId())).isEqualTo(created);
        assertThat(onboarded.getFirstAdmin().getTemporaryPassword()).hasSizeGreaterThanOrEqualTo(16);
        try (Keycloak admin = platform.keycloak().adminClient()) {
            assertThat(admin.realm("aiva").organizations().search(slug)).extracting(OrganizationRepresentation::getAlias)
                    .containsExactly(slug);
        }

        String adminToken = platform.login().firstSignIn(slug + "-admin@example.com",
                onboarded.getFirstAdmin().getTemporaryPassword(), "a-new-password-of-" + slug);
        JsonNode claims = Platform.claims(adminToken);
        assertThat(claims.get("groups")).extracting(JsonNode::asText).contains("company-admin");
        assertThat(claims.get("organization").get(slug).get("id").asText()).isNotBlank();
    }

    @Test
    void aSecondCompanyWithTheSameSlugIsRefusedAndLeavesNothingBehind(LocalStack platform) throws Exception {
        TenantsApi tenants = new TenantsApi(Platform.apiClient(platform, superAdminToken(platform)));
        String slug = uniqueSlug("taken");
        tenants.createTenant(newTenant(slug, slug + "@example.com"), null);

        assertThatThrownBy(() -> tenants.createTenant(newTenant(slug, slug + "-other@example.com"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("\"field\":\"/slug\"");
                });
        try (Keycloak admin = platform.keycloak().adminClient()) {
            assertThat(admin.realm("aiva").users().searchByEmail(slug + "-other@example.com", true)).isEmpty();
        }
    }

    @Test
    void aTakenAdminEmailUndoesTheOrganization(LocalStack platform) throws Exception {
        TenantsApi tenants = new TenantsApi(Platform.apiClient(platform, superAdminToken(platform)));
        String first = uniqueSlug("email");
        String second = uniqueSlug("email");
        tenants.createTenant(newTenant(first, first + "@example.com"), null);

        assertThatThrownBy(() -> tenants.createTenant(newTenant(second, first + "@example.com"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("\"field\":\"/firstAdmin/email\"");
                });
        try (Keycloak admin = platform.keycloak().adminClient()) {
            assertThat(admin.realm("aiva").organizations().search(second)).isEmpty();
        }
        assertThat(tenants.listTenants(100, null).getData()).extracting(Tenant::getSlug).doesNotContain(second);
    }

    @Test
    void invalidInputIsRefusedFieldByField(LocalStack platform) throws Exception {
        String token = superAdminToken(platform);
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/tenants"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"\",\"slug\":\"Not A Slug\",\"firstAdmin\":{\"email\":\"nope\",\"firstName\":\"A\",\"lastName\":\"B\"}}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("/firstAdmin/email", "/name", "/slug");
    }

    @Test
    void anUnknownFieldOrAWrongTypeIsNamed(LocalStack platform) throws Exception {
        String token = superAdminToken(platform);
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/tenants"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"X\",\"slug\":\"xyz\",\"plan\":\"gold\","
                        + "\"firstAdmin\":{\"email\":\"x@example.com\",\"firstName\":\"A\",\"lastName\":\"B\"}}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asText()).isEqualTo("/plan");
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsOrGaps(LocalStack platform) throws Exception {
        TenantsApi tenants = new TenantsApi(Platform.apiClient(platform, superAdminToken(platform)));
        for (int i = 0; i < 3; i++) {
            String slug = uniqueSlug("page");
            tenants.createTenant(newTenant(slug, slug + "@example.com"), null);
        }
        List<String> all = tenants.listTenants(100, null).getData().stream().map(Tenant::getSlug).toList();

        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            TenantPage page = tenants.listTenants(2, cursor);
            assertThat(page.getData()).hasSizeLessThanOrEqualTo(2);
            page.getData().forEach(tenant -> paged.add(tenant.getSlug()));
            cursor = page.getNextCursor();
        } while (cursor != null);

        assertThat(paged).isEqualTo(all).isSorted();
    }

    @Test
    void anUnknownTenantIdIs404(LocalStack platform) throws Exception {
        TenantsApi tenants = new TenantsApi(Platform.apiClient(platform, superAdminToken(platform)));

        assertThatThrownBy(() -> tenants.getTenant(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void withoutATokenTheApiAnswers401AsProblemDetails(LocalStack platform) throws Exception {
        HttpResponse<String> response = Platform.get(platform.baseUri().resolve("/api/v1/tenants"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void aCompanyAdminMayNotOnboardCompanies(LocalStack platform) throws Exception {
        TenantsApi asSuperAdmin = new TenantsApi(Platform.apiClient(platform, superAdminToken(platform)));
        String slug = uniqueSlug("role");
        TenantOnboarding onboarded = asSuperAdmin.createTenant(newTenant(slug, slug + "@example.com"), null);
        String adminToken = platform.login().firstSignIn(slug + "@example.com",
                onboarded.getFirstAdmin().getTemporaryPassword(), "a-new-password-of-" + slug);
        TenantsApi asCompanyAdmin = new TenantsApi(Platform.apiClient(platform, adminToken));

        assertThatThrownBy(() -> asCompanyAdmin.listTenants(20, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseHeaders().firstValue("Content-Type")).get().asString()
                            .startsWith("application/problem+json");
                });
    }

    private static String superAdminToken(LocalStack platform) throws Exception {
        return platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD);
    }

    private static TenantCreate newTenant(String slug, String adminEmail) {
        return new TenantCreate().name("Company " + slug).slug(slug)
                .firstAdmin(new PersonCreate().email(adminEmail).firstName("Ada").lastName("Byron"));
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
