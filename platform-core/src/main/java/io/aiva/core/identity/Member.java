package io.aiva.core.identity;

/** A person of a company as Keycloak knows them; {@code role} is their company role, if any. */
public record Member(String id, String email, String firstName, String lastName, String role) {
}
