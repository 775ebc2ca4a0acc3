package io.aiva.core.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.QueryHints;

import io.aiva.core.secret.SealedColumn;
import io.aiva.core.secret.SealedValues;

/** The endpoints' signing secrets, for {@link io.aiva.core.secret.SecretsReseal}. */
@ApplicationScoped
public class SealedEndpointSecrets implements SealedValues {

    @Override
    public int sealAgain(EntityManager companyData) {
        List<Object[]> endpoints = companyData.createQuery(
                "SELECT e.id, e.version, e.secret, e.previousSecret FROM WebhookEndpoint e", Object[].class).getResultList();
        int written = 0;
        for (Object[] endpoint : endpoints) {
            // The version guards against a rotation committed since the read (its own write sealed the new
            // secret), and is set to itself: EclipseLink would otherwise raise it, and with it the ETag
            // a company's system holds, for a write that changes nothing it can see.
            written += companyData.createQuery("UPDATE WebhookEndpoint e SET e.secret = :secret, e.previousSecret = :previous,"
                    + " e.version = :version WHERE e.id = :id AND e.version = :version")
                    .setParameter("secret", endpoint[2])
                    .setParameter("previous", endpoint[3])
                    .setParameter("id", endpoint[0])
                    .setParameter("version", endpoint[1])
                    .executeUpdate();
        }
        return written;
    }

    @Override
    public long notSealedWith(EntityManager companyData, String keyId) {
        return ((Number) companyData.createNativeQuery("SELECT count(*) FROM webhook_endpoint WHERE secret NOT LIKE ?1"
                + " OR previous_secret NOT LIKE ?1")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, SealedColumn.prefix(keyId) + "%")
                .getSingleResult()).longValue();
    }
}
