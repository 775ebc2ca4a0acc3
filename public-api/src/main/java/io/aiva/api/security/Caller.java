package io.aiva.api.security;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
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

    /** The token's own id ({@code jti}). */
    public String tokenId() {
        return token.getTokenID();
    }

    /** The user name, or for an API client its service account's name. */
    public String name() {
        return token.getName();
    }

    /** The client the token was issued to (its {@code azp}); for an API client, its {@code client_id}. */
    public String clientId() {
        Object authorizedParty = token.getClaim("azp");
        return authorizedParty == null ? null : authorizedParty.toString();
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
        JsonObject organizations = asJsonObject(token.getClaim(ORGANIZATION_CLAIM));
        if (organizations == null || organizations.isEmpty()) {
            return Optional.empty();
        }
        if (organizations.size() > 1) {
            throw new IllegalArgumentException("the token names several organizations");
        }
        JsonValue organization = organizations.values().iterator().next();
        if (organization.getValueType() != JsonValue.ValueType.OBJECT
                || organization.asJsonObject().get("id") == null
                || organization.asJsonObject().get("id").getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException("the token's organization has no id");
        }
        return Optional.of(organization.asJsonObject().getString("id"));
    }

    /** Liberty hands a JSON object claim over as a JsonObject, a Map or its JSON text, by version. */
    private static JsonObject asJsonObject(Object claim) {
        if (claim == null) {
            return null;
        }
        if (claim instanceof JsonObject object) {
            return object;
        }
        JsonValue value;
        try {
            value = claim instanceof Map<?, ?> map
                    ? Json.createObjectBuilder(stringKeyed(map)).build()
                    : Json.createReader(new StringReader(claim.toString())).readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("the token's organization claim is not JSON", e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("the token's organization claim is not an object");
        }
        return value.asJsonObject();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeyed(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
