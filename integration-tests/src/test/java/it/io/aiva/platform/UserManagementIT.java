package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.KnownPasswordUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiException;
import io.aiva.sdk.api.AuditApi;
import io.aiva.sdk.api.UsersApi;
import io.aiva.sdk.model.AuditEvent;
import io.aiva.sdk.model.CompanyRole;
import io.aiva.sdk.model.PersonRole;
import io.aiva.sdk.model.User;
import io.aiva.sdk.model.UserInvitation;
import io.aiva.sdk.model.UserInvite;
import io.aiva.sdk.model.UserRoleChange;

/** A company admin invites, promotes, demotes and removes their company's people, and only theirs. */
@ExtendWith(Platform.class)
class UserManagementIT {

    @Test
    void anAdminInvitesARecruiterWhoSignsInForTheCompanyThenChangesTheirRoleAndRemovesThem(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "people");
        UsersApi asAdmin = new UsersApi(Platform.apiClient(platform, company.adminToken(platform)));

        UserInvitation invited = asAdmin.inviteUser(new UserInvite().email("rita-" + company.slug() + "@example.com")
                .firstName("Rita").lastName("Recruiter").role(CompanyRole.RECRUITER), null);

        assertThat(invited.getUser().getRole()).isEqualTo(PersonRole.RECRUITER);
        String recruiterToken = platform.login().firstSignIn(invited.getUser().getEmail(), invited.getTemporaryPassword(),
                "rita-chose-this-password");
        JsonNode claims = Platform.claims(recruiterToken);
        assertThat(claims.get("groups")).extracting(JsonNode::asText).contains("recruiter").doesNotContain("company-admin");
        assertThat(claims.get("organization").has(company.slug())).isTrue();
        assertThat(asAdmin.listUsers(20, null).getData()).extracting(User::getEmail, User::getRole)
                .containsExactlyInAnyOrder(
                        tuple(company.adminEmail(), PersonRole.COMPANY_ADMIN),
                        tuple(invited.getUser().getEmail(), PersonRole.RECRUITER));

        User promoted = asAdmin.changeUserRole(invited.getUser().getId(), new UserRoleChange().role(CompanyRole.COMPANY_ADMIN));
        User demoted = asAdmin.changeUserRole(invited.getUser().getId(), new UserRoleChange().role(CompanyRole.RECRUITER));
        asAdmin.removeUser(invited.getUser().getId());

        assertThat(promoted.getRole()).isEqualTo(PersonRole.COMPANY_ADMIN);
        assertThat(demoted.getRole()).isEqualTo(PersonRole.RECRUITER);
        assertThatThrownBy(() -> asAdmin.getUser(invited.getUser().getId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(new AuditApi(Platform.apiClient(platform, company.adminToken(platform))).listAuditEvents(20, null).getData())
                .extracting(AuditEvent::getAction)
                .containsExactly("user.removed", "user.role_changed", "user.role_changed", "user.invited", "tenant.created");
    }

    @Test
    void aCandidateWhoSignsInToTheCompanyIsListedAsACandidate(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "candidates");
        String email = "carl-" + company.slug() + "@example.com";
        try (Keycloak admin = platform.keycloak().adminClient()) {
            RealmResource realm = admin.realm("aiva");
            String organizationId = TestCompany.organizationId(realm, company.slug());
            KnownPasswordUsers.create(realm, email, email, "Carl", "Candidate", "candidate", "carl-password-1", organizationId);
        }

        assertThat(new UsersApi(Platform.apiClient(platform, company.adminToken(platform))).listUsers(20, null).getData())
                .extracting(User::getEmail, User::getRole)
                .contains(tuple(email, PersonRole.CANDIDATE));
    }

    @Test
    void theLastCompanyAdminCanNeitherBeDemotedNorRemoved(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "last");
        UsersApi asAdmin = new UsersApi(Platform.apiClient(platform, company.adminToken(platform)));
        UUID self = asAdmin.listUsers(20, null).getData().get(0).getId();

        assertThatThrownBy(() -> asAdmin.changeUserRole(self, new UserRoleChange().role(CompanyRole.RECRUITER)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThatThrownBy(() -> asAdmin.removeUser(self))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(asAdmin.getUser(self).getRole()).isEqualTo(PersonRole.COMPANY_ADMIN);
    }

    @Test
    void anotherCompanysPersonIsNotFoundAndStaysUntouched(LocalStack platform) throws Exception {
        TestCompany acme = TestCompany.onboard(platform, "people-a");
        TestCompany globex = TestCompany.onboard(platform, "people-b");
        UsersApi asAcme = new UsersApi(Platform.apiClient(platform, acme.adminToken(platform)));
        UsersApi asGlobex = new UsersApi(Platform.apiClient(platform, globex.adminToken(platform)));
        UUID acmeRecruiter = asAcme.inviteUser(new UserInvite().email("rec-" + acme.slug() + "@example.com")
                .firstName("R").lastName("A").role(CompanyRole.RECRUITER), null).getUser().getId();

        for (ThrowingCall call : new ThrowingCall[] {
                () -> asGlobex.getUser(acmeRecruiter),
                () -> asGlobex.changeUserRole(acmeRecruiter, new UserRoleChange().role(CompanyRole.COMPANY_ADMIN)),
                () -> asGlobex.removeUser(acmeRecruiter)}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        }
        assertThat(asGlobex.listUsers(20, null).getData()).extracting(User::getId).doesNotContain(acmeRecruiter);
        assertThat(asAcme.getUser(acmeRecruiter).getRole()).isEqualTo(PersonRole.RECRUITER);
    }

    @Test
    void badInvitationsAreRefusedAndRecruitersCannotManagePeople(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "invites");
        UsersApi asAdmin = new UsersApi(Platform.apiClient(platform, company.adminToken(platform)));
        UserInvitation recruiter = asAdmin.inviteUser(new UserInvite().email("r-" + company.slug() + "@example.com")
                .firstName("R").lastName("R").role(CompanyRole.RECRUITER), null);

        assertThatThrownBy(() -> asAdmin.inviteUser(new UserInvite().email(recruiter.getUser().getEmail())
                .firstName("Again").lastName("R").role(CompanyRole.RECRUITER), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("/email");
                });
        HttpResponse<String> wrongRole = Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve("/api/v1/users"))
                .header("Authorization", "Bearer " + company.adminToken(platform))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"x-" + company.slug() + "@example.com\",\"firstName\":\"X\",\"lastName\":\"Y\",\"role\":\"super-admin\"}"))
                .build());
        assertThat(wrongRole.statusCode()).isEqualTo(400);
        assertThat(wrongRole.body()).contains("/role");

        String recruiterToken = platform.login().firstSignIn(recruiter.getUser().getEmail(), recruiter.getTemporaryPassword(),
                "recruiter-password-" + company.slug());
        UsersApi asRecruiter = new UsersApi(Platform.apiClient(platform, recruiterToken));
        assertThatThrownBy(() -> asRecruiter.listUsers(20, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
