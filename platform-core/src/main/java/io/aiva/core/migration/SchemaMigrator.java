package io.aiva.core.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * AIVA's database schema, applied by Liquibase through a connection of the role that owns the schema.
 * The application itself connects with another role that owns nothing; the changelog grants it the
 * table privileges it needs, so the name of that role is a changelog parameter.
 * <p>
 * Each migration records the {@link ChangelogDigest} of the changelog it applied. A database that
 * has this build's digest needs nothing from Liquibase, which then is not loaded at all: on a
 * restart, reading and checking the changelog is most of a second of a server's start.
 */
public final class SchemaMigrator {

    /** The master changelog, which includes one file per release. */
    public static final String CHANGELOG = "db/changelog/aiva-changelog.xml";

    private static final String UNDEFINED_TABLE = "42P01";

    private final SchemaSettings settings;
    private final ChangelogDigest digest;
    private volatile Set<AppliedChangeSet> expected;

    public SchemaMigrator(SchemaSettings settings) {
        this.settings = settings;
        this.digest = ChangelogDigest.of(CHANGELOG, settings, SchemaMigrator.class.getClassLoader());
    }

    /**
     * Whether the database records this build's changelog as applied in full. Any role granted
     * SELECT on the record can ask; false when the record's table does not exist yet.
     */
    public boolean isRecordedApplied(Connection connection) throws SQLException {
        String query = "SELECT 1 FROM " + settings.schema() + ".applied_changelog WHERE digest = ?";
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, digest.hex());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                rollBackFailedStatement(connection);
                return false;
            }
            throw e;
        }
    }

    /**
     * Brings the schema up to date through Liquibase, then records this build's digest; safe to call
     * from several servers at once (Liquibase locks, the record is written once).
     */
    public void migrate(Connection ownerConnection) throws MigrationException {
        try (Statement statement = ownerConnection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + settings.schema());
            if (!ownerConnection.getAutoCommit()) {
                ownerConnection.commit();
            }
            Database database = database(ownerConnection);
            inLiquibaseScope(() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters(database))
                    .execute());
            recordApplied(ownerConnection);
        } catch (SQLException e) {
            throw new MigrationException("cannot prepare schema " + settings.schema() + ": " + e.getMessage(), e);
        }
    }

    private void recordApplied(Connection ownerConnection) throws SQLException {
        String insert = "INSERT INTO " + settings.schema() + ".applied_changelog (digest, applied_at) VALUES (?, now())"
                + " ON CONFLICT (digest) DO NOTHING";
        try (PreparedStatement statement = ownerConnection.prepareStatement(insert)) {
            statement.setString(1, digest.hex());
            statement.executeUpdate();
        }
        if (!ownerConnection.getAutoCommit()) {
            ownerConnection.commit();
        }
    }

    /**
     * The change sets of this build's changelog that the database has not recorded as applied: none
     * when its digest is recorded, else those missing from Liquibase's log table (read without
     * Liquibase's lock). Any role granted SELECT on both tables can ask.
     */
    public Set<AppliedChangeSet> pendingChangeSets(Connection connection) throws SQLException {
        if (isRecordedApplied(connection)) {
            return Set.of();
        }
        Set<AppliedChangeSet> expected = expected();
        Set<AppliedChangeSet> applied = new HashSet<>();
        String query = "SELECT id, author, filename FROM " + settings.schema() + ".databasechangelog";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                applied.add(new AppliedChangeSet(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                rollBackFailedStatement(connection);
                return expected;
            }
            throw e;
        }
        Set<AppliedChangeSet> pending = new LinkedHashSet<>(expected);
        pending.removeAll(applied);
        return pending;
    }

    /** In a transaction, PostgreSQL refuses every statement after a failed one until a rollback. */
    private static void rollBackFailedStatement(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    private Set<AppliedChangeSet> expected() {
        Set<AppliedChangeSet> parsed = expected;
        if (parsed == null) {
            parsed = Set.copyOf(parseExpected());
            expected = parsed;
        }
        return parsed;
    }

    private Set<AppliedChangeSet> parseExpected() {
        ResourceAccessor resources = resources();
        try {
            return inLiquibaseScope(() -> {
                ChangeLogParameters parameters = new ChangeLogParameters();
                parameters.set(SchemaSettings.APP_ROLE_PARAMETER, settings.appRole());
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
                        .getParser(CHANGELOG, resources)
                        .parse(CHANGELOG, parameters, resources);
                Set<AppliedChangeSet> changeSets = new LinkedHashSet<>();
                for (ChangeSet changeSet : changeLog.getChangeSets()) {
                    changeSets.add(new AppliedChangeSet(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath()));
                }
                return changeSets;
            });
        } catch (MigrationException e) {
            throw new IllegalStateException("the changelog packaged with this build is unreadable", e);
        }
    }

    private Database database(Connection connection) throws MigrationException {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(settings.schema());
            database.setLiquibaseSchemaName(settings.schema());
            return database;
        } catch (Exception e) {
            throw new MigrationException("cannot open the database for migration: " + e.getMessage(), e);
        }
    }

    private ChangeLogParameters parameters(Database database) {
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        parameters.set(SchemaSettings.APP_ROLE_PARAMETER, settings.appRole());
        return parameters;
    }

    private static ResourceAccessor resources() {
        return new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader());
    }

    private <T> T inLiquibaseScope(Scope.ScopedRunnerWithReturn<T> work) throws MigrationException {
        try {
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources(),
                    Scope.Attr.classLoader.name(), SchemaMigrator.class.getClassLoader()), work);
        } catch (Exception e) {
            throw new MigrationException(rootMessage(e), e);
        }
    }

    private void inLiquibaseScope(LiquibaseWork work) throws MigrationException {
        inLiquibaseScope(() -> {
            work.run();
            return null;
        });
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** One change set as Liquibase records it in its log table. */
    public record AppliedChangeSet(String id, String author, String filename) {
    }

    @FunctionalInterface
    private interface LiquibaseWork {
        void run() throws Exception;
    }
}
