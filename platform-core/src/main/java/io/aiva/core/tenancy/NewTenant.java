package io.aiva.core.tenancy;

import io.aiva.core.identity.Person;

/** What onboarding a company takes: its name, its unique slug and its first company admin. */
public record NewTenant(String name, String slug, Person firstAdmin) {
}
