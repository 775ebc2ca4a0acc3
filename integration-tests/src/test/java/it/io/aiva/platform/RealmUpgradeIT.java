package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

import io.aiva.keycloak.RealmAsCode;
import io.aiva.keycloak.RealmProvisioner;
import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.AuditApi;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.PersonCreate;
import io.aiva.sdk.model.TenantCreate;
import io.aiva.sdk.model.TenantOnboarding;

/**
 * Provisioning the realm again, as every start of the platform and every upgrade does, keeps what
 * was created at runtime: companies, their people and their sign-ins.
 */
@ExtendWith(Platform.class)
class RealmUpgradeIT {

    @Test
    void provisioningTheRealmAgainKeepsCompaniesAndTheirPeople(LocalStack platform) throws Exception {
        TenantsApi operator = new TenantsApi(Platform.apiClient(platform,
                platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));
        String slug = "upgrade-" + UUID.randomUUID().toString().substring(0, 8);
        String email = slug + "@example.com";
        TenantOnboarding onboarded = operator.createTenant(new TenantCreate().name("Company " + slug).slug(slug)
                .firstAdmin(new PersonCreate().email(email).firstName("Uma").lastName("Upgrade")), null);
        String password = "a-new-password-of-" + slug;
        platform.login().firstSignIn(email, onboarded.getFirstAdmin().getTemporaryPassword(), password);

        try (Keycloak admin = platform.keycloak().adminClient()) {
            String organizationBefore = organization(admin, slug).getId();

            new RealmProvisioner(admin, new RealmAsCode(platform.baseUri().toString())).provision();

            OrganizationRepresentation after = organization(admin, slug);
            assertThat(after.getId()).isEqualTo(organizationBefore);
            assertThat(admin.realm(RealmAsCode.REALM).organizations().get(after.getId()).members().getAll())
                    .extracting(MemberRepresentation::getUsername).containsExactly(email);
        }
        String adminToken = platform.login().accessToken(email, password);
        assertThat(new AuditApi(Platform.apiClient(platform, adminToken)).listAuditEvents(20, null).getData())
                .extracting(event -> event.getSubject()).containsExactly(slug);
        assertThat(operator.getTenant(onboarded.getTenant().getId()).getSlug()).isEqualTo(slug);
    }

    private static OrganizationRepresentation organization(Keycloak admin, String slug) {
        return admin.realm(RealmAsCode.REALM).organizations().search(slug).stream()
                .filter(organization -> slug.equals(organization.getAlias())).findFirst().orElseThrow();
    }
}
