package io.aiva.core.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Applies the schema as a one-off job, the way a deployment runs migrations before rolling out new
 * servers (which then start with {@code AIVA_DB_MIGRATE_ON_START=false}). Reads the owner's
 * connection from the environment: {@code AIVA_DB_URL}, {@code AIVA_DB_OWNER_USER},
 * {@code AIVA_DB_OWNER_PASSWORD}, and optionally {@code AIVA_DB_SCHEMA} and {@code AIVA_DB_APP_ROLE}.
 */
public final class MigrateDatabase {

    private MigrateDatabase() {
    }

    public static void main(String[] args) {
        try {
            run(System.getenv());
            System.out.println("AIVA database schema is up to date");
        } catch (MigrationException | IllegalArgumentException e) {
            System.err.println("AIVA migration failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Map<String, String> environment) throws MigrationException {
        SchemaSettings settings = new SchemaSettings(
                environment.getOrDefault("AIVA_DB_SCHEMA", SchemaSettings.DEFAULT_SCHEMA),
                environment.getOrDefault("AIVA_DB_APP_ROLE", "aiva_app"));
        try (Connection owner = DriverManager.getConnection(required(environment, "AIVA_DB_URL"),
                required(environment, "AIVA_DB_OWNER_USER"), required(environment, "AIVA_DB_OWNER_PASSWORD"))) {
            new SchemaMigrator(settings).migrate(owner);
        } catch (SQLException e) {
            throw new MigrationException("cannot connect as the schema owner: " + SchemaMigrator.rootMessage(e), e);
        }
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }
}
