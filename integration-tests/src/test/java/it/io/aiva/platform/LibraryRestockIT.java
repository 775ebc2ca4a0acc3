package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LocalStack;

/**
 * At each start, a company whose bank holds another library than this build's gets the library
 * questions it lacks; a company already stocked with this build's library is not read at all.
 */
@ExtendWith(Platform.class)
class LibraryRestockIT {

    private static final String LIBRARY_KEY = "behavioral-leadership-stepping-up";

    @Test
    void aStartRestocksOnlyTheCompaniesStockedWithAnotherLibrary(LocalStack platform) throws Exception {
        TestCompany stale = TestCompany.onboard(platform, "restock-stale");
        TestCompany current = TestCompany.onboard(platform, "restock-current");
        int libraryQuestions;
        String thisLibrary;
        try (Connection database = superuser(platform)) {
            libraryQuestions = libraryQuestions(database, stale.id());
            thisLibrary = libraryDigest(database, current.id());
            assertThat(libraryQuestions(database, current.id())).isEqualTo(libraryQuestions);
            assertThat(libraryDigest(database, stale.id())).as("onboarding records the library").isEqualTo(thisLibrary).isNotNull();
            for (TestCompany company : new TestCompany[] {stale, current}) {
                assertThat(execute(database, "DELETE FROM aiva.question WHERE tenant_id = ? AND library_key = ?", company.id(),
                        LIBRARY_KEY)).as("the library question in each of its languages").isPositive();
            }
            execute(database, "UPDATE aiva.tenant SET library_digest = NULL WHERE id = ?", stale.id());
        }

        platform.restartLiberty();

        try (Connection database = superuser(platform)) {
            assertThat(libraryQuestions(database, stale.id())).isEqualTo(libraryQuestions);
            assertThat(libraryDigest(database, stale.id())).isEqualTo(thisLibrary);
            assertThat(libraryQuestions(database, current.id())).as("already stocked with this library: left alone")
                    .isLessThan(libraryQuestions);
        }
    }

    private static Connection superuser(LocalStack platform) throws SQLException {
        return platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
    }

    private static int libraryQuestions(Connection database, UUID tenant) throws SQLException {
        try (PreparedStatement count = database.prepareStatement(
                "SELECT count(*) FROM aiva.question WHERE tenant_id = ? AND source = 'LIBRARY'")) {
            count.setObject(1, tenant);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String libraryDigest(Connection database, UUID tenant) throws SQLException {
        try (PreparedStatement read = database.prepareStatement("SELECT library_digest FROM aiva.tenant WHERE id = ?")) {
            read.setObject(1, tenant);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static int execute(Connection database, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
