package io.aiva.core.migration;

import java.util.regex.Pattern;

/**
 * Where AIVA's tables live and which role the application connects as.
 *
 * @param schema  the PostgreSQL schema that holds every AIVA table
 * @param appRole the role the running application uses; it owns nothing and gets grants only
 */
public record SchemaSettings(String schema, String appRole) {

    static final String APP_ROLE_PARAMETER = "appRole";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static final String DEFAULT_SCHEMA = "aiva";

    public SchemaSettings {
        requireIdentifier("schema", schema);
        requireIdentifier("appRole", appRole);
    }

    private static void requireIdentifier(String name, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a lower-case SQL identifier, was: " + value);
        }
    }
}
