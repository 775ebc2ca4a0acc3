package io.aiva.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server from the zonky binaries on Maven Central, prepared the way a production
 * database is: a database owned by the migration role, and an application role that owns nothing
 * and cannot bypass row-level security. Passwords are made afresh on every start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "aiva";
    public static final String OWNER_ROLE = "aiva_owner";
    public static final String APP_ROLE = "aiva_app";

    private final EmbeddedPostgres postgres;
    private final String ownerPassword;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String ownerPassword, String appPassword) {
        this.postgres = postgres;
        this.ownerPassword = ownerPassword;
        this.appPassword = appPassword;
    }

    /**
     * Starts PostgreSQL; a {@code dataDirectory} of null means a throw-away one, a {@code port} of 0
     * a free one.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        return start(dataDirectory, port, randomPassword(), randomPassword());
    }

    /** Starts PostgreSQL with the roles' passwords given, for a server already told what they are. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String ownerPassword, String appPassword)
            throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port != 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), ownerPassword, appPassword);
        try {
            database.prepareRolesAndDatabase();
        } catch (SQLException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private void prepareRolesAndDatabase() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            ensureRole(admin, OWNER_ROLE);
            ensureRole(admin, APP_ROLE);
            statement.execute("ALTER ROLE " + OWNER_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + ownerPassword + "'");
            statement.execute("ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '"
                    + appPassword + "'");
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        }
    }

    private static void ensureRole(Connection admin, String role) throws SQLException {
        if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE " + role);
            }
        }
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * A database of its own for another server of the stack (Keycloak), owned by a role of the same
     * name whose password is made afresh on every start.
     */
    public Login serviceDatabase(String name) throws SQLException {
        String password = randomPassword();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            ensureRole(admin, name);
            statement.execute("ALTER ROLE " + name + " LOGIN NOSUPERUSER PASSWORD '" + password + "'");
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                statement.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
        }
        return new Login("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, name, password);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Connection settings for Liberty, as a deployment passes them in its environment. */
    public Map<String, String> libertyEnvironment() {
        return libertyEnvironment(jdbcUrl(), ownerPassword, appPassword);
    }

    /** The same settings for a database at {@code jdbcUrl} that may not be running (yet). */
    public static Map<String, String> libertyEnvironment(String jdbcUrl, String ownerPassword, String appPassword) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AIVA_DB_URL", jdbcUrl);
        environment.put("AIVA_DB_USER", APP_ROLE);
        environment.put("AIVA_DB_PASSWORD", appPassword);
        environment.put("AIVA_DB_OWNER_USER", OWNER_ROLE);
        environment.put("AIVA_DB_OWNER_PASSWORD", ownerPassword);
        environment.put("AIVA_DB_APP_ROLE", APP_ROLE);
        return environment;
    }

    /** A connection as the PostgreSQL superuser, for tests that inspect what the platform did. */
    public Connection superuserConnection(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    /** How a client such as Keycloak logs in to one database of this server. */
    public record Login(String jdbcUrl, String user, String password) {
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String appPassword() {
        return appPassword;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    public static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
