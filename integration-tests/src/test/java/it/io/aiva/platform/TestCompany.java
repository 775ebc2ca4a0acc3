package it.io.aiva.platform;

import java.util.UUID;

import org.keycloak.admin.client.resource.RealmResource;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.PersonCreate;
import io.aiva.sdk.model.TenantCreate;
import io.aiva.sdk.model.TenantOnboarding;

/**
 * A company onboarded for one test through the public API by the demo super-admin, its first admin
 * already through their first sign-in (temporary password replaced by a known one).
 */
record TestCompany(UUID id, String slug, String adminEmail, String adminPassword) {

    static TestCompany onboard(LocalStack platform, String prefix) throws Exception {
        TenantsApi operator = new TenantsApi(Platform.apiClient(platform,
                platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = slug + "-admin@example.com";
        TenantOnboarding onboarded = operator.createTenant(new TenantCreate().name("Company " + slug).slug(slug)
                .firstAdmin(new PersonCreate().email(email).firstName("Ada").lastName("Admin")), null);
        String password = "a-new-password-of-" + slug;
        platform.login().firstSignIn(email, onboarded.getFirstAdmin().getTemporaryPassword(), password);
        return new TestCompany(onboarded.getTenant().getId(), slug, email, password);
    }

    /** The company's Keycloak organization, looked up by its alias (the slug). */
    static String organizationId(RealmResource realm, String slug) {
        return realm.organizations().search(slug).stream()
                .filter(organization -> slug.equals(organization.getAlias())).findFirst().orElseThrow().getId();
    }

    String adminToken(LocalStack platform) throws Exception {
        return platform.login().accessToken(adminEmail, adminPassword);
    }
}
