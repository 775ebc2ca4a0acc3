package io.aiva.api.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the token Liberty verified (issuer, audience, signature, expiry). The
 * organization claim is Keycloak's: {@code {"<alias>": {"id": "<organization id>"}}}.
 */
@RequestScoped
public class Caller {

    static final String ORGANIZATION_CLAIM = "organization";

    @Inject
    JsonWebToken token;

    public boolean authenticated() {
        return token != null && token.getRawToken() != null;
    }

    public String subject() {
        return token.getSubject();
    }

    public Set<String> roles() {
        Set<String> groups = token.getGroups();
        return groups == null ? Set.of() : groups;
    }

    /**
     * The organization the caller acts for; empty when the token names none. A token naming several
     * is refused: every AIVA login belongs to one company.
     */
    public Optional<String> organizationId() {
        Object claim = token.getClaim(ORGANIZATION_CLAIM);
        if (!(claim instanceof JsonObject organizations) || organizations.isEmpty()) {
            return Optional.empty();
        }
        if (organizations.size() > 1) {
            throw new IllegalArgumentException("the token names several organizations");
        }
        JsonValue organization = organizations.values().iterator().next();
        if (organization.getValueType() != JsonValue.ValueType.OBJECT
                || !organization.asJsonObject().containsKey("id")) {
            throw new IllegalArgumentException("the token's organization has no id");
        }
        return Optional.of(organization.asJsonObject().getString("id"));
    }
}
