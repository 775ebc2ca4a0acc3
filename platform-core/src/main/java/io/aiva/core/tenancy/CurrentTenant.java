package io.aiva.core.tenancy;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request acts for, as established from the caller's verified token. Nothing
 * else may set it: never a header, a query or a body.
 */
@RequestScoped
public class CurrentTenant {

    private UUID id;

    public void actFor(UUID tenantId) {
        if (id != null && !id.equals(tenantId)) {
            throw new IllegalStateException("the request already acts for another tenant");
        }
        id = tenantId;
    }

    public Optional<UUID> id() {
        return Optional.ofNullable(id);
    }
}
