package io.aiva.api.idempotency;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.aiva.core.idempotency.IdempotencyScope;

/** The key this request claimed, until its answer is stored or the key released. */
@RequestScoped
public class KeyedRequest {

    private IdempotencyScope scope;
    private UUID claim;

    void granted(IdempotencyScope keyScope, UUID claimId) {
        scope = keyScope;
        claim = claimId;
    }

    Optional<UUID> openClaim() {
        return Optional.ofNullable(claim);
    }

    IdempotencyScope scope() {
        return scope;
    }

    void resolved() {
        claim = null;
    }
}
