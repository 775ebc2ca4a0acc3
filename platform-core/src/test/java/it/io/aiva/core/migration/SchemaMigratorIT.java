package it.io.aiva.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.aiva.core.migration.SchemaMigrator;
import io.aiva.core.migration.SchemaSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.io.aiva.core.ProductionRoles;

/** The real changelog against a real PostgreSQL, with the owner and application roles of production. */
class SchemaMigratorIT {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final SchemaSettings SETTINGS = new SchemaSettings("aiva", "aiva_app");

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = ProductionRoles.start();
    }

    /** Each test migrates a database of its own, so their order does not matter. */
    private static String freshDatabase() throws SQLException {
        String name = "aiva_" + DATABASES.incrementAndGet();
        ProductionRoles.createDatabase(postgres, name);
        return name;
    }

    private static String migratedDatabase() throws Exception {
        String database = freshDatabase();
        try (Connection owner = connect("aiva_owner", database)) {
            new SchemaMigrator(SETTINGS).migrate(owner);
        }
        return database;
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void aFreshDatabaseHasEveryChangeSetPendingThenNoneAfterMigration() throws Exception {
        String database = freshDatabase();
        SchemaMigrator migrator = new SchemaMigrator(SETTINGS);
        try (Connection owner = connect("aiva_owner", database)) {
            assertThat(migrator.pendingChangeSets(owner)).isNotEmpty();

            migrator.migrate(owner);
            migrator.migrate(owner);
        }

        try (Connection app = connect("aiva_app", database)) {
            assertThat(migrator.pendingChangeSets(app)).isEmpty();
        }
    }

    @Test
    void aMigrationRecordsThisBuildsChangelogSoTheNextStartNeedsNoLiquibase() throws Exception {
        String database = freshDatabase();
        SchemaMigrator migrator = new SchemaMigrator(SETTINGS);
        try (Connection owner = connect("aiva_owner", database)) {
            assertThat(migrator.isRecordedApplied(owner)).isFalse();

            migrator.migrate(owner);

            assertThat(migrator.isRecordedApplied(owner)).isTrue();
        }
        try (Connection app = connect("aiva_app", database)) {
            assertThat(new SchemaMigrator(SETTINGS).isRecordedApplied(app)).isTrue();
            assertThat(new SchemaMigrator(new SchemaSettings("aiva", "another_role")).isRecordedApplied(app)).isFalse();
        }
    }

    @Test
    void withoutTheRecordTheChangeSetsAreComparedOneByOne() throws Exception {
        String database = migratedDatabase();
        try (Connection owner = connect("aiva_owner", database); Statement statement = owner.createStatement()) {
            statement.execute("DELETE FROM aiva.applied_changelog");
            statement.execute("DELETE FROM aiva.databasechangelog WHERE id = '0.1.0-tenant'");
        }

        try (Connection app = connect("aiva_app", database)) {
            SchemaMigrator migrator = new SchemaMigrator(SETTINGS);
            assertThat(migrator.isRecordedApplied(app)).isFalse();
            assertThat(migrator.pendingChangeSets(app)).extracting(SchemaMigrator.AppliedChangeSet::id)
                    .containsExactly("0.1.0-tenant");
        }
    }

    @Test
    void theApplicationRoleCanReadTheRecordButNotWriteIt() throws Exception {
        String database = migratedDatabase();

        try (Connection app = connect("aiva_app", database); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                    "INSERT INTO aiva.applied_changelog (digest, applied_at) VALUES ('forged', now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DELETE FROM aiva.applied_changelog"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotCreateTables() throws Exception {
        String database = migratedDatabase();

        try (Connection admin = postgres.getDatabase("postgres", database).getConnection();
                Statement statement = admin.createStatement();
                ResultSet owned = statement.executeQuery("""
                        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'aiva' AND pg_get_userbyid(c.relowner) = 'aiva_app'""")) {
            owned.next();
            assertThat(owned.getInt(1)).isZero();
        }
        try (Connection app = connect("aiva_app", database); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("CREATE TABLE aiva.intruder (id int)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    private static Connection connect(String role, String database) throws SQLException {
        return postgres.getDatabase(role, database).getConnection();
    }
}
