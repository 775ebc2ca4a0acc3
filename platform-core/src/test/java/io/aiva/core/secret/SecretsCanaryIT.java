package io.aiva.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.aiva.core.migration.SchemaCurrent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.io.aiva.core.ProductionRoles;

/**
 * The canary against a real PostgreSQL migrated as in production: the first server seals it, a
 * server given another key is not ready and says which key the database's secrets need, one given
 * the old key as a previous key is ready, and once the re-seal job has sealed the canary with the
 * new key the old key alone is refused.
 */
class SecretsCanaryIT {

    private static final String DATABASE = "aiva";
    private static final String FIRST_KEY = key(7);
    private static final String NEW_KEY = key(9);

    private static EmbeddedPostgres postgres;

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @BeforeAll
    static void migrate() throws Exception {
        postgres = ProductionRoles.start();
        ProductionRoles.createMigratedDatabase(postgres, DATABASE);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    private static SecretSealer server(String key, List<String> previousKeys) throws Exception {
        SecretSealer sealer = new SecretSealer();
        sealer.key = Optional.of(key);
        sealer.previousKeys = previousKeys.isEmpty() ? Optional.empty() : Optional.of(previousKeys);
        PGSimpleDataSource app = (PGSimpleDataSource) postgres.getDatabase("aiva_app", DATABASE);
        app.setCurrentSchema("aiva");
        sealer.dataSource = app;
        sealer.load();
        sealer.checkCanary(new SchemaCurrent());
        return sealer;
    }

    private static String storedCanary() throws Exception {
        try (Connection owner = postgres.getDatabase("aiva_owner", DATABASE).getConnection();
                Statement statement = owner.createStatement();
                ResultSet row = statement.executeQuery("SELECT sealed FROM aiva.secrets_canary")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    @Test
    void aServerWithAnotherKeyIsNotReadyUntilTheOldKeyIsKeptAsAPreviousOne() throws Exception {
        SecretSealer first = server(FIRST_KEY, List.of());
        assertThat(first.problem()).isEmpty();
        String sealedByFirst = storedCanary();
        assertThat(sealedByFirst).startsWith("aiva-sealed:v1:");

        SecretSealer givenANewKeyOnly = server(NEW_KEY, List.of());
        assertThat(givenANewKeyOnly.problem()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("AIVA_SECRETS_KEY does not open the secrets this database holds")
                .contains(sealedByFirst.split(":")[2]));
        assertThat(storedCanary()).as("left as it was").isEqualTo(sealedByFirst);

        SecretSealer rotated = server(NEW_KEY, List.of(FIRST_KEY));
        assertThat(rotated.problem()).isEmpty();
        assertThat(storedCanary()).as("sealed again by the re-seal job only").isEqualTo(sealedByFirst);
        rotated.sealCanaryAgain();
        assertThat(storedCanary().split(":")[2]).isNotEqualTo(sealedByFirst.split(":")[2]);

        assertThat(server(NEW_KEY, List.of()).problem()).isEmpty();
        assertThat(server(FIRST_KEY, List.of()).problem()).as("the old key alone no longer opens the canary").isPresent();
    }
}
