package io.aiva.core.greenhouse;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.QueryHints;

import io.aiva.core.secret.SealedColumn;
import io.aiva.core.secret.SealedValues;

/** The companies' Greenhouse callback credentials, for {@link io.aiva.core.secret.SecretsReseal}. */
@ApplicationScoped
public class SealedCallbackCredentials implements SealedValues {

    @Override
    public int sealAgain(EntityManager companyData) {
        List<Object[]> settings = companyData.createQuery("SELECT s.id, s.version, s.callbackCredential FROM GreenhouseSettings s"
                + " WHERE s.callbackCredential IS NOT NULL", Object[].class).getResultList();
        int written = 0;
        for (Object[] row : settings) {
            // As for webhook secrets: the version, and the ETag, stay as they are.
            written += companyData.createQuery("UPDATE GreenhouseSettings s SET s.callbackCredential = :credential,"
                    + " s.version = :version WHERE s.id = :id AND s.version = :version")
                    .setParameter("credential", row[2])
                    .setParameter("id", row[0])
                    .setParameter("version", row[1])
                    .executeUpdate();
        }
        return written;
    }

    @Override
    public long notSealedWith(EntityManager companyData, String keyId) {
        return ((Number) companyData.createNativeQuery("SELECT count(*) FROM greenhouse_settings WHERE callback_credential NOT LIKE ?1")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, SealedColumn.prefix(keyId) + "%")
                .getSingleResult()).longValue();
    }
}
