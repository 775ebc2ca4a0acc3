package io.aiva.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void theOrganizationIdIsReadWhicheverFormTheClaimTakes() {
        String text = "{\"acme\":{\"id\":\"org-1\"}}";
        assertThat(callerWith(Json.createReader(new StringReader(text)).readObject()).organizationId()).contains("org-1");
        assertThat(callerWith(Map.of("acme", Map.of("id", "org-1"))).organizationId()).contains("org-1");
        assertThat(callerWith(text).organizationId()).contains("org-1");
    }

    @Test
    void noClaimOrAnEmptyOneMeansNoOrganization() {
        assertThat(callerWith(null).organizationId()).isEmpty();
        assertThat(callerWith("{}").organizationId()).isEmpty();
    }

    @Test
    void severalOrganizationsOrAMalformedClaimAreRefused() {
        assertThatThrownBy(() -> callerWith("{\"a\":{\"id\":\"1\"},\"b\":{\"id\":\"2\"}}").organizationId())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> callerWith("{\"a\":{}}").organizationId()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> callerWith("not json").organizationId()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> callerWith("[1]").organizationId()).isInstanceOf(IllegalArgumentException.class);
    }

    private static Caller callerWith(Object organizationClaim) {
        Caller caller = new Caller();
        caller.token = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return organizationClaim == null ? Set.of() : Set.of(Caller.ORGANIZATION_CLAIM);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return Caller.ORGANIZATION_CLAIM.equals(claimName) ? (T) organizationClaim : null;
            }
        };
        return caller;
    }
}
