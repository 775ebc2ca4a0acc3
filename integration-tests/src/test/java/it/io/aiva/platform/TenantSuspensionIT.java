package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiException;
import io.aiva.sdk.ApiResponse;
import io.aiva.sdk.api.AuditApi;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.AuditEvent;
import io.aiva.sdk.model.AuditEventPage;
import io.aiva.sdk.model.Tenant;
import io.aiva.sdk.model.TenantStatus;
import io.aiva.sdk.model.TenantSuspension;

/** Suspending a company shuts it out at once; reactivating lets it back in; both are in its audit trail. */
@ExtendWith(Platform.class)
class TenantSuspensionIT {

    @Test
    void aSuspendedCompanysLiveTokensAreRefusedUntilItIsReactivated(LocalStack platform) throws Exception {
        TenantsApi operator = operator(platform);
        TestCompany company = TestCompany.onboard(platform, "suspend");
        AuditApi asAdmin = new AuditApi(Platform.apiClient(platform, company.adminToken(platform)));
        assertThat(asAdmin.listAuditEvents(20, null).getData()).isNotEmpty();

        ApiResponse<Tenant> suspended = operator.suspendTenantWithHttpInfo(company.id(),
                new TenantSuspension().reason("Contract ended"), null);

        assertThat(suspended.getData().getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        for (int retry = 0; retry < 2; retry++) {
            assertThatThrownBy(() -> asAdmin.listAuditEvents(20, null))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(401);
                        assertThat(e.getResponseBody()).contains("suspended");
                    });
        }

        Tenant reactivated = operator.reactivateTenant(company.id(), null);

        assertThat(reactivated.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        String freshToken = platform.login().accessToken(company.adminEmail(), company.adminPassword());
        List<AuditEvent> trail = new AuditApi(Platform.apiClient(platform, freshToken)).listAuditEvents(20, null).getData();
        assertThat(trail).extracting(AuditEvent::getAction)
                .containsExactly("tenant.reactivated", "access.refused", "tenant.suspended", "tenant.created");
        assertThat(trail.get(1).getDetail()).isEqualTo("the company is suspended");
        assertThat(trail.get(1).getActor().getName()).isEqualTo(company.adminEmail());
        AuditEvent suspension = trail.get(2);
        assertThat(suspension.getDetail()).isEqualTo("Contract ended");
        assertThat(suspension.getActor().getName()).isEqualTo(DemoUsers.SUPER_ADMIN);
        assertThat(suspension.getRequestId()).isEqualTo(suspended.getHeaders().get("x-request-id").get(0));
    }

    @Test
    void suspendingTwiceChangesNothingTheSecondTime(LocalStack platform) throws Exception {
        TenantsApi operator = operator(platform);
        TestCompany company = TestCompany.onboard(platform, "twice");

        operator.suspendTenant(company.id(), new TenantSuspension().reason("first"), null);
        Tenant again = operator.suspendTenant(company.id(), new TenantSuspension().reason("second"), null);
        operator.reactivateTenant(company.id(), null);

        assertThat(again.getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        String token = platform.login().accessToken(company.adminEmail(), company.adminPassword());
        assertThat(new AuditApi(Platform.apiClient(platform, token)).listAuditEvents(20, null).getData())
                .extracting(AuditEvent::getAction)
                .containsExactly("tenant.reactivated", "tenant.suspended", "tenant.created");
    }

    @Test
    void aCompanyAdminCannotSuspendAnyCompanyNotEvenTheirOwn(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "self");
        TenantsApi asAdmin = new TenantsApi(Platform.apiClient(platform, company.adminToken(platform)));

        assertThatThrownBy(() -> asAdmin.suspendTenant(company.id(), new TenantSuspension().reason("no"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(operator(platform).getTenant(company.id()).getStatus()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void anUnknownCompanyIs404AndAnEmptyReasonIsRefused(LocalStack platform) throws Exception {
        TenantsApi operator = operator(platform);
        TestCompany company = TestCompany.onboard(platform, "reason");

        assertThatThrownBy(() -> operator.suspendTenant(UUID.randomUUID(), new TenantSuspension().reason("gone"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> operator.suspendTenant(company.id(), new TenantSuspension().reason(""), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("/reason");
                });
        assertThat(operator.getTenant(company.id()).getStatus()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void aCompanyAdminReadsOnlyTheirOwnCompanysTrail(LocalStack platform) throws Exception {
        TenantsApi operator = operator(platform);
        TestCompany acme = TestCompany.onboard(platform, "trail-a");
        TestCompany globex = TestCompany.onboard(platform, "trail-b");
        operator.suspendTenant(acme.id(), new TenantSuspension().reason("audit of acme"), null);
        operator.reactivateTenant(acme.id(), null);

        String globexToken = globex.adminToken(platform);
        AuditEventPage globexTrail = new AuditApi(Platform.apiClient(platform, globexToken)).listAuditEvents(100, null);

        assertThat(globexTrail.getData()).extracting(AuditEvent::getSubject).containsOnly(globex.slug());
        assertThat(globexTrail.getData()).extracting(AuditEvent::getAction).containsExactly("tenant.created");
    }

    @Test
    void theTrailPagesNewestFirstWithoutRepeatsOrGaps(LocalStack platform) throws Exception {
        TenantsApi operator = operator(platform);
        TestCompany company = TestCompany.onboard(platform, "pages");
        operator.suspendTenant(company.id(), new TenantSuspension().reason("one"), null);
        operator.reactivateTenant(company.id(), null);
        AuditApi asAdmin = new AuditApi(Platform.apiClient(platform, company.adminToken(platform)));

        AuditEventPage first = asAdmin.listAuditEvents(2, null);
        AuditEventPage second = asAdmin.listAuditEvents(2, first.getNextCursor());

        assertThat(first.getData()).extracting(AuditEvent::getAction).containsExactly("tenant.reactivated", "tenant.suspended");
        assertThat(second.getData()).extracting(AuditEvent::getAction).containsExactly("tenant.created");
        assertThat(second.getNextCursor()).isNull();
        assertThatThrownBy(() -> asAdmin.listAuditEvents(2, "bm90LWEtdXVpZA"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    @Test
    void theTrailIsTheCompanyAdminsAlone(LocalStack platform) throws Exception {
        AuditApi asOperator = new AuditApi(Platform.apiClient(platform,
                platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));

        assertThatThrownBy(() -> asOperator.listAuditEvents(20, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(Platform.get(platform.baseUri().resolve("/api/v1/audit-events")).statusCode()).isEqualTo(401);
    }

    private static TenantsApi operator(LocalStack platform) throws Exception {
        return new TenantsApi(Platform.apiClient(platform, platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));
    }

    }
