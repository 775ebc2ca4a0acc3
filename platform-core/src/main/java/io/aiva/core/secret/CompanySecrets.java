package io.aiva.core.secret;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.tenancy.TenantData;

/** One company's sealed values, written again in one transaction bound to it. */
@ApplicationScoped
public class CompanySecrets {

    @Inject
    TenantData data;

    @Inject
    Instance<SealedAttributes> kinds;

    /** What sealing a company's values again did. */
    record Resealed(int rowsWritten, long notSealedWithKey) {
    }

    /**
     * Writes the company's sealed values again, then counts, as stored, those not sealed with the key
     * of this id (the current one): a change committed meanwhile by a server with another key.
     */
    @Transactional
    public Resealed sealAgain(UUID tenantId, String keyId) {
        EntityManager companyData = data.forTenant(tenantId);
        int written = 0;
        long notSealed = 0;
        for (SealedAttributes kind : kinds) {
            written += kind.sealAgain(companyData);
            notSealed += kind.notSealedWith(companyData, keyId);
        }
        return new Resealed(written, notSealed);
    }
}
