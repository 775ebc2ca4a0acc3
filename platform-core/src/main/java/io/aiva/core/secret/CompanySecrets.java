package io.aiva.core.secret;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.aiva.core.tenancy.TenantData;

/** One company's sealed values, written again in one transaction bound to it. */
@ApplicationScoped
public class CompanySecrets {

    @Inject
    TenantData data;

    @Inject
    Instance<SealedValues> kinds;

    /** @return how many rows were written */
    @Transactional
    public int sealAgain(UUID tenantId) {
        int written = 0;
        for (SealedValues kind : kinds) {
            written += kind.sealAgain(data.forTenant(tenantId));
        }
        return written;
    }

    /** How many of the company's sealed values are not sealed with the key of this id. */
    @Transactional
    public long notSealedWith(UUID tenantId, String keyId) {
        long count = 0;
        for (SealedValues kind : kinds) {
            count += kind.notSealedWith(data.forTenant(tenantId), keyId);
        }
        return count;
    }
}
