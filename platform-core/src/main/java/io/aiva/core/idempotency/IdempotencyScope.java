package io.aiva.core.idempotency;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose key it is: the caller (a token's subject) within its company, or within the platform for
 * an operator, who acts for no company.
 */
public record IdempotencyScope(Optional<UUID> tenantId, String caller) {
}
