package io.aiva.core.secret;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.persistence.config.QueryHints;

/**
 * The {@link SealedColumn} attributes of one versioned entity, with the statements that write them
 * again and count them as stored. Each feature that stores sealed values produces one naming its
 * entity and attributes, so that {@link SecretsReseal} can move every value to the current key
 * without knowing the feature's tables.
 *
 * @param entity     the entity's JPQL name
 * @param table      its table
 * @param attributes its sealed attributes, each with its column
 */
public record SealedAttributes(String entity, String table, List<Attribute> attributes) {

    /** A sealed attribute and the column that stores it. */
    public record Attribute(String name, String column) {
    }

    /**
     * Writes every sealed value of this kind in the company {@code companyData} is bound to again,
     * which seals it with the current key; a row changed meanwhile is left to the change's own write.
     *
     * @return how many rows were written
     */
    int sealAgain(EntityManager companyData) {
        StringBuilder select = new StringBuilder("SELECT e.id, e.version");
        StringBuilder update = new StringBuilder("UPDATE " + entity + " e SET ");
        for (int i = 0; i < attributes.size(); i++) {
            select.append(", e.").append(attributes.get(i).name());
            update.append("e.").append(attributes.get(i).name()).append(" = :value").append(i).append(", ");
        }
        // The version guards against a change committed since the read (its own write sealed the
        // value), and is set to itself: EclipseLink would otherwise raise it, and with it the ETag a
        // company's system holds, for a write that changes nothing it can see.
        update.append("e.version = :version WHERE e.id = :id AND e.version = :version");
        List<Object[]> rows = companyData.createQuery(select.append(" FROM ").append(entity).append(" e").toString(), Object[].class)
                .getResultList();
        int written = 0;
        for (Object[] row : rows) {
            Query write = companyData.createQuery(update.toString()).setParameter("id", row[0]).setParameter("version", row[1]);
            for (int i = 0; i < attributes.size(); i++) {
                write.setParameter("value" + i, row[i + 2]);
            }
            written += write.executeUpdate();
        }
        return written;
    }

    /** How many values of this kind are not sealed with the key of this id, read as stored (the converter would open them). */
    long notSealedWith(EntityManager companyData, String keyId) {
        String stale = String.join(" OR ", attributes.stream().map(attribute -> attribute.column() + " NOT LIKE ?1").toList());
        return ((Number) companyData.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + stale)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, Keyring.header(keyId) + "%")
                .getSingleResult()).longValue();
    }
}
