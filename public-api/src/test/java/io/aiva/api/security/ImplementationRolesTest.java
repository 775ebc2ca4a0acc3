package io.aiva.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ImplementationRolesTest {

    @Path("/things")
    interface ThingsApi {
        @GET
        String list();

        @GET
        @Path("/count")
        String count();
    }

    @RolesAllowed("recruiter")
    static class Things implements ThingsApi {
        @Override
        public String list() {
            return "";
        }

        @Override
        @RolesAllowed({"company-admin", "recruiter"})
        public String count() {
            return "";
        }
    }

    static class Undeclared implements ThingsApi {
        @Override
        public String list() {
            return "";
        }

        @Override
        @PermitAll
        public String count() {
            return "";
        }
    }

    @Test
    void theImplementingClassDecidesWhereTheInterfaceIsSilent() throws Exception {
        assertThat(ImplementationRoles.allowed(Things.class, ThingsApi.class.getMethod("list")))
                .contains(Set.of("recruiter"));
    }

    @Test
    void aMethodsOwnRolesOverrideItsClasss() throws Exception {
        assertThat(ImplementationRoles.allowed(Things.class, ThingsApi.class.getMethod("count")))
                .contains(Set.of("company-admin", "recruiter"));
    }

    /** What CDI hands JAX-RS for a scoped bean: a subclass whose overrides carry no annotations. */
    static class ThingsProxy extends Things {
        @Override
        public String list() {
            return super.list();
        }

        @Override
        public String count() {
            return super.count();
        }
    }

    @Test
    void aProxySubclassIsSeenThrough() throws Exception {
        assertThat(ImplementationRoles.allowed(ThingsProxy.class, ThingsApi.class.getMethod("list")))
                .contains(Set.of("recruiter"));
        assertThat(ImplementationRoles.allowed(ThingsProxy.class, ThingsApi.class.getMethod("count")))
                .contains(Set.of("company-admin", "recruiter"));
    }

    @Test
    void permitAllOpensAnOperationAndSilenceClosesIt() throws Exception {
        assertThat(ImplementationRoles.allowed(Undeclared.class, ThingsApi.class.getMethod("count"))).isEqualTo(Optional.empty());
        assertThat(ImplementationRoles.allowed(Undeclared.class, ThingsApi.class.getMethod("list"))).contains(Set.of());
    }
}
