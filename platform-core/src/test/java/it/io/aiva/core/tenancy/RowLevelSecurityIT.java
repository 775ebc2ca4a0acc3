package it.io.aiva.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.io.aiva.core.ProductionRoles;

/**
 * The database's own guard on tenant data, tested without the application: whatever EclipseLink
 * does or forgets, the application's role sees a tenant's rows only inside a transaction that named
 * that tenant, and never another's.
 */
class RowLevelSecurityIT {

    private static final String DATABASE = "aiva";
    private static EmbeddedPostgres postgres;
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();

    @BeforeAll
    static void migrateAndFill() throws Exception {
        postgres = ProductionRoles.start();
        ProductionRoles.createMigratedDatabase(postgres, DATABASE);
        try (Connection app = connect("aiva_app")) {
            app.setAutoCommit(false);
            for (UUID tenant : List.of(ACME, GLOBEX)) {
                try (PreparedStatement insert = app.prepareStatement("INSERT INTO aiva.tenant (id, slug, name, status,"
                        + " organization_id, created_at) VALUES (?, ?, ?, 'ACTIVE', ?, now())")) {
                    insert.setObject(1, tenant);
                    insert.setString(2, "t-" + tenant);
                    insert.setString(3, "Company " + tenant);
                    insert.setString(4, tenant.toString());
                    insert.executeUpdate();
                }
                actFor(app, tenant.toString());
                insertEvent(app, tenant);
                app.commit();
            }
        }
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void everyTableWithATenantColumnHasRowLevelSecurityEnabledForcedAndAPolicy() throws Exception {
        List<String> tenantTables = new ArrayList<>();
        try (Connection owner = connect("aiva_owner"); Statement statement = owner.createStatement();
                ResultSet tables = statement.executeQuery("""
                        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                               (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'aiva' AND p.tablename = c.relname)
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'aiva' AND c.relkind = 'r'
                          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')""")) {
            while (tables.next()) {
                String table = tables.getString(1);
                tenantTables.add(table);
                assertThat(tables.getBoolean(2)).as("%s has row-level security enabled", table).isTrue();
                assertThat(tables.getBoolean(3)).as("%s forces row-level security on its owner", table).isTrue();
                assertThat(tables.getInt(4)).as("%s has a policy", table).isPositive();
            }
        }
        assertThat(tenantTables).contains("audit_event");
    }

    @Test
    void withoutATenantOrWithAnEmptyOneEveryTenantTableIsEmpty() throws Exception {
        try (Connection app = connect("aiva_app")) {
            assertThat(events(app)).isZero();
            app.setAutoCommit(false);
            actFor(app, "");
            assertThat(events(app)).isZero();
            app.rollback();
        }
    }

    @Test
    void aTransactionSeesOnlyTheTenantItNamedAndTheSettingEndsWithIt() throws Exception {
        try (Connection app = connect("aiva_app")) {
            app.setAutoCommit(false);
            actFor(app, ACME.toString());
            assertThat(tenantsOfVisibleEvents(app)).containsOnly(ACME);
            app.commit();

            assertThat(events(app)).as("the next transaction on the same connection").isZero();
        }
    }

    @Test
    void aTransactionCannotWriteARowOfAnotherTenant() throws Exception {
        try (Connection app = connect("aiva_app")) {
            app.setAutoCommit(false);
            actFor(app, ACME.toString());
            assertThatThrownBy(() -> insertEvent(app, GLOBEX))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void evenTheOwnerOfTheTablesSeesNothingWithoutATenant() throws Exception {
        try (Connection owner = connect("aiva_owner")) {
            assertThat(events(owner)).isZero();
        }
    }

    private static void actFor(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static void insertEvent(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO aiva.audit_event (id, tenant_id, occurred_at, action) VALUES (?, ?, now(), 'test.event')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, tenant);
            insert.executeUpdate();
        }
    }

    private static int events(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM aiva.audit_event")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static List<UUID> tenantsOfVisibleEvents(Connection connection) throws SQLException {
        List<UUID> tenants = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tenant_id FROM aiva.audit_event")) {
            while (rows.next()) {
                tenants.add(rows.getObject(1, UUID.class));
            }
        }
        return tenants;
    }

    private static Connection connect(String role) throws SQLException {
        return postgres.getDatabase(role, DATABASE).getConnection();
    }
}
