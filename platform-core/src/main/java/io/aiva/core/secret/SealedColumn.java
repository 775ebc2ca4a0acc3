package io.aiva.core.secret;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A text column holding a secret: sealed on the way to the database, opened on the way back. */
@Converter
public class SealedColumn implements AttributeConverter<String, String> {

    @Inject
    SecretSealer sealer;

    @Override
    public String convertToDatabaseColumn(String secret) {
        return secret == null ? null : sealer.seal(secret);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : sealer.open(stored);
    }
}
