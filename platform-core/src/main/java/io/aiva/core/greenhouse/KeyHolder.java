package io.aiva.core.greenhouse;

import java.util.UUID;

/** Whom a valid integration key speaks for: a company, through one of its keys. */
public record KeyHolder(UUID tenantId, UUID keyId, String keyName) {
}
