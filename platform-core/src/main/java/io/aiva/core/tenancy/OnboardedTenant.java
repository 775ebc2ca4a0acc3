package io.aiva.core.tenancy;

import io.aiva.core.identity.NewLogin;

/** A company just onboarded, with its first admin's one-time login. */
public record OnboardedTenant(Tenant tenant, NewLogin firstAdmin) {
}
