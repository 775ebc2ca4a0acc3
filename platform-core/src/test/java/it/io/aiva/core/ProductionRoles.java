package it.io.aiva.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.aiva.core.migration.SchemaMigrator;
import io.aiva.core.migration.SchemaSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL with the roles production has: {@code aiva_owner}, which owns the schema and
 * migrates it, and {@code aiva_app}, which the application connects as and which cannot bypass
 * row-level security.
 */
public final class ProductionRoles {

    public static final String OWNER = "aiva_owner";
    public static final String APP = "aiva_app";
    public static final SchemaSettings SCHEMA = new SchemaSettings("aiva", APP);

    private ProductionRoles() {
    }

    /** A started PostgreSQL with both roles and no database of theirs yet. */
    public static EmbeddedPostgres start() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + OWNER + " LOGIN");
            statement.execute("CREATE ROLE " + APP + " LOGIN NOBYPASSRLS");
        }
        return postgres;
    }

    /** A new database owned by {@link #OWNER}, not migrated. */
    public static void createDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        }
    }

    /** A new database owned by {@link #OWNER} with every migration of this build applied, as a server's start applies them. */
    public static void createMigratedDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        createDatabase(postgres, name);
        try (Connection owner = postgres.getDatabase(OWNER, name).getConnection()) {
            new SchemaMigrator(SCHEMA).migrate(owner);
        }
    }
}
