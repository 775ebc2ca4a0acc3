package io.aiva.core.identity;

/** Who a new login is for. */
public record Person(String email, String firstName, String lastName) {
}
