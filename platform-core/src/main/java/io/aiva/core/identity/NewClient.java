package io.aiva.core.identity;

/** A client just created in Keycloak: its internal id, its {@code client_id} and its secret. */
public record NewClient(String keycloakId, String clientId, String secret) {
}
