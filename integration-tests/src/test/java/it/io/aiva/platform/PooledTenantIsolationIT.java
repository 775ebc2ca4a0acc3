package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.AuditApi;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.AuditEvent;
import io.aiva.sdk.model.TenantSuspension;

/**
 * Two companies' requests interleaved through a connection pool smaller than the number of
 * concurrent requests (the integration tests run Liberty with AIVA_DB_POOL_MAX=4), so connections
 * pass from one tenant's transaction to the other's over and over: no answer may carry a row of the
 * other company, which a tenant setting left on a pooled connection would cause.
 */
@ExtendWith(Platform.class)
class PooledTenantIsolationIT {

    private static final int CONCURRENT_REQUESTS = 8;
    private static final int REQUESTS_PER_COMPANY = 40;

    @Test
    void interleavedRequestsOfTwoCompaniesNeverSeeEachOthersRows(LocalStack platform) throws Exception {
        TenantsApi operator = new TenantsApi(Platform.apiClient(platform,
                platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));
        TestCompany acme = TestCompany.onboard(platform, "pool-a");
        TestCompany globex = TestCompany.onboard(platform, "pool-b");
        operator.suspendTenant(acme.id(), new TenantSuspension().reason("pool test"), null);
        operator.reactivateTenant(acme.id(), null);
        AuditApi asAcme = new AuditApi(Platform.apiClient(platform, acme.adminToken(platform)));
        AuditApi asGlobex = new AuditApi(Platform.apiClient(platform, globex.adminToken(platform)));

        List<Callable<List<AuditEvent>>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_COMPANY; i++) {
            calls.add(() -> asAcme.listAuditEvents(100, null).getData());
            calls.add(() -> asGlobex.listAuditEvents(100, null).getData());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        List<Future<List<AuditEvent>>> answers;
        try {
            answers = pool.invokeAll(calls);
        } finally {
            pool.shutdown();
        }

        for (int i = 0; i < answers.size(); i++) {
            TestCompany asked = i % 2 == 0 ? acme : globex;
            List<AuditEvent> trail = answers.get(i).get();
            assertThat(trail).as("answer %d, to %s", i, asked.slug()).extracting(AuditEvent::getSubject)
                    .containsOnly(asked.slug());
            assertThat(trail).as("answer %d, to %s", i, asked.slug()).hasSize(asked == acme ? 3 : 1);
        }
    }
}
