package io.aiva.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

class RealmAsCodeTest {

    private final RealmAsCode code = new RealmAsCode("https://aiva.example.com");

    @Test
    void theRealmHasTheFourProductRolesAndTheIntegrationRole() {
        assertThat(code.realm().getRoles().getRealm()).extracting(RoleRepresentation::getName)
                .containsExactlyInAnyOrder("super-admin", "company-admin", "recruiter", "candidate", "integration");
    }

    @Test
    void organizationsAndBruteForceProtectionAreOnAndTokensAreShortLived() {
        RealmRepresentation realm = code.realm();

        assertThat(realm.isOrganizationsEnabled()).isTrue();
        assertThat(realm.isBruteForceProtected()).isTrue();
        assertThat(realm.getAccessTokenLifespan()).isLessThanOrEqualTo(300);
    }

    @Test
    void browserClientsArePublicWithPkceAndRedirectOnlyToThePlatform() {
        for (String clientId : new String[] {RealmAsCode.ADMIN_CONSOLE_CLIENT, RealmAsCode.INTERVIEW_CLIENT}) {
            ClientRepresentation client = client(clientId);

            assertThat(client.isPublicClient()).as(clientId).isTrue();
            assertThat(client.isDirectAccessGrantsEnabled()).as(clientId).isFalse();
            assertThat(client.getAttributes()).as(clientId).containsEntry("pkce.code.challenge.method", "S256");
            assertThat(client.getRedirectUris()).as(clientId)
                    .allSatisfy(uri -> assertThat(uri).startsWith("https://aiva.example.com/"));
        }
    }

    @Test
    void theApiScopePutsRolesAsGroupsTheAudienceAndTheOrganizationInAccessTokens() {
        assertThat(code.apiScope().getProtocolMappers())
                .extracting(mapper -> mapper.getConfig().getOrDefault("claim.name",
                        mapper.getConfig().get("included.custom.audience")))
                .containsExactlyInAnyOrder("groups", "upn", "aiva-api", "organization");
    }

    @Test
    void aPublicUrlWithATrailingSlashIsRefused() {
        assertThatThrownBy(() -> new RealmAsCode("https://aiva.example.com/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ClientRepresentation client(String clientId) {
        return code.realm().getClients().stream().filter(client -> client.getClientId().equals(clientId))
                .findFirst().orElseThrow();
    }
}
