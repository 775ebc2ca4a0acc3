package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiException;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.api.AuditApi;
import io.aiva.sdk.api.CompanyApi;
import io.aiva.sdk.api.UsersApi;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;
import io.aiva.sdk.model.AuditEvent;
import io.aiva.sdk.model.CompanyApiClient;

/** A company admin's API clients: their tokens act for the company alone, rotation and revocation bite at once. */
@ExtendWith(Platform.class)
class ApiCredentialsIT {

    @Test
    void aClientActsForItsCompanyWithTheIntegrationRoleAndNothingMore(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "creds");
        ApiClientsApi asAdmin = new ApiClientsApi(Platform.apiClient(platform, company.adminToken(platform)));

        ApiClientCredentials created = asAdmin.createApiClient(new ApiClientCreate().name("Greenhouse integration"), null);

        assertThat(created.getClientSecret()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(created.getTokenUrl()).isEqualTo(platform.keycloak().tokenEndpoint().toString());
        String token = platform.login().clientToken(created.getClient().getClientId(), created.getClientSecret());
        JsonNode claims = Platform.claims(token);
        assertThat(claims.get("groups")).extracting(JsonNode::asText).contains("integration")
                .doesNotContain("company-admin", "recruiter", "super-admin");
        assertThat(new CompanyApi(Platform.apiClient(platform, token)).getOwnCompany().getSlug()).isEqualTo(company.slug());
        assertThatThrownBy(() -> new UsersApi(Platform.apiClient(platform, token)).listUsers(20, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(asAdmin.listApiClients().getData()).extracting(CompanyApiClient::getName)
                .containsExactly("Greenhouse integration");
    }

    @Test
    void aRotatedSecretStopsAtOnceAndARevokedClientsLiveTokenIsRefused(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "rotate");
        ApiClientsApi asAdmin = new ApiClientsApi(Platform.apiClient(platform, company.adminToken(platform)));
        ApiClientCredentials created = asAdmin.createApiClient(new ApiClientCreate().name("ATS"), null);
        String clientId = created.getClient().getClientId();
        String tokenBeforeRotation = platform.login().clientToken(clientId, created.getClientSecret());

        ApiClientCredentials rotated = asAdmin.rotateApiClientSecret(created.getClient().getId(), null);

        assertThat(rotated.getClientSecret()).isNotEqualTo(created.getClientSecret());
        assertThat(rotated.getClient().getSecretRotatedAt()).isNotNull();
        assertThatThrownBy(() -> platform.login().clientToken(clientId, created.getClientSecret())).isInstanceOf(IOException.class);
        String liveToken = platform.login().clientToken(clientId, rotated.getClientSecret());
        CompanyApi asClient = new CompanyApi(Platform.apiClient(platform, liveToken));
        assertThat(asClient.getOwnCompany().getSlug()).isEqualTo(company.slug());
        assertThat(new CompanyApi(Platform.apiClient(platform, tokenBeforeRotation)).getOwnCompany().getSlug())
                .as("a token obtained before the rotation lives until it expires").isEqualTo(company.slug());

        asAdmin.revokeApiClient(created.getClient().getId());

        for (int retry = 0; retry < 2; retry++) {
            assertThatThrownBy(asClient::getOwnCompany).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.getCode()).isEqualTo(401);
                assertThat(e.getResponseBody()).contains("revoked");
            });
        }
        assertThatThrownBy(() -> platform.login().clientToken(clientId, rotated.getClientSecret())).isInstanceOf(IOException.class);
        assertThat(asAdmin.listApiClients().getData()).isEmpty();
        assertThat(new AuditApi(Platform.apiClient(platform, company.adminToken(platform))).listAuditEvents(20, null).getData())
                .extracting(AuditEvent::getAction)
                .containsExactly("access.refused", "api_client.revoked", "api_client.secret_rotated", "api_client.created",
                        "tenant.created");
    }

    @Test
    void anotherCompanysClientIsNotFoundAndKeepsWorking(LocalStack platform) throws Exception {
        TestCompany acme = TestCompany.onboard(platform, "creds-a");
        TestCompany globex = TestCompany.onboard(platform, "creds-b");
        ApiClientCredentials acmeClient = new ApiClientsApi(Platform.apiClient(platform, acme.adminToken(platform)))
                .createApiClient(new ApiClientCreate().name("Acme ATS"), null);
        ApiClientsApi asGlobex = new ApiClientsApi(Platform.apiClient(platform, globex.adminToken(platform)));

        assertThatThrownBy(() -> asGlobex.rotateApiClientSecret(acmeClient.getClient().getId(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> asGlobex.revokeApiClient(acmeClient.getClient().getId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(asGlobex.listApiClients().getData()).isEmpty();
        String acmeToken = platform.login().clientToken(acmeClient.getClient().getClientId(), acmeClient.getClientSecret());
        assertThat(new CompanyApi(Platform.apiClient(platform, acmeToken)).getOwnCompany().getSlug()).isEqualTo(acme.slug());
    }
}
