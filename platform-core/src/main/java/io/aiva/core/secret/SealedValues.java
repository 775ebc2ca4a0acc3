package io.aiva.core.secret;

import jakarta.persistence.EntityManager;

/**
 * A kind of row that keeps sealed values, able to write them all again. Each feature that stores a
 * {@link SealedColumn} provides one, so that {@link SecretsReseal} can move every value to the
 * current key without knowing the feature's tables.
 */
public interface SealedValues {

    /**
     * Writes every sealed value of this kind in the company {@code companyData} is bound to again,
     * which seals it with the current key; a row changed meanwhile is left to the change's own write.
     *
     * @return how many rows were written
     */
    int sealAgain(EntityManager companyData);

    /**
     * How many values of this kind in the company {@code companyData} is bound to are not sealed with
     * the key of this id, read as stored (the converter would open them).
     */
    long notSealedWith(EntityManager companyData, String keyId);
}
