package io.aiva.core.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the running server's view of the database: applies the migrations at startup (unless a
 * deployment runs them as a separate job) and answers whether the database is ready for traffic.
 * <p>
 * A database that is down at startup must not stop the server nor flood the log: the first failure is
 * logged once as one line, retries stay quiet until the reason changes, and readiness reports the
 * reason until the database answers with the schema this build expects.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "jdbc/aiva")
    DataSource applicationDataSource;

    @Resource(lookup = "jdbc/aivaOwner")
    DataSource ownerDataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "aiva.db.schema", defaultValue = SchemaSettings.DEFAULT_SCHEMA)
    String schema;

    @Inject
    @ConfigProperty(name = "aiva.db.app-role", defaultValue = "aiva_app")
    String appRole;

    @Inject
    @ConfigProperty(name = "aiva.db.migrate-on-start", defaultValue = "true")
    boolean migrateOnStart;

    @Inject
    @ConfigProperty(name = "aiva.db.migration-retry-seconds", defaultValue = "5")
    long retrySeconds;

    @Inject
    Event<SchemaCurrent> schemaCurrent;

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile String lastFailure;
    private volatile boolean schemaWorkDone;
    private volatile SchemaMigrator migrator;

    /** Each web module's start fires this; the schema is prepared once for the whole application. */
    void onApplicationStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        // Reading the changelog takes a while; not on the thread that starts the application.
        scheduler.execute(() -> {
            migrator = new SchemaMigrator(new SchemaSettings(schema, appRole));
            if (migrateOnStart) {
                migrateUntilDone();
            } else {
                schemaIsCurrent();
            }
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Whether the database answers through the application's own role with every migration applied, and the work that needs the current schema is done. */
    public Readiness readiness() {
        try (Connection connection = applicationDataSource.getConnection()) {
            SchemaMigrator migrator = this.migrator;
            if (migrator == null) {
                return Readiness.down("reading this build's database migrations");
            }
            Set<SchemaMigrator.AppliedChangeSet> pending = migrator.pendingChangeSets(connection);
            if (!pending.isEmpty()) {
                return Readiness.down(pending.size() + " database migration(s) not applied yet"
                        + (lastFailure == null ? "" : ": " + lastFailure));
            }
            if (!schemaWorkDone) {
                return Readiness.down("bringing the companies' data up to this build (the question library)");
            }
            return Readiness.up();
        } catch (SQLException e) {
            return Readiness.down("database unreachable: " + SchemaMigrator.rootMessage(e));
        }
    }

    private void migrateUntilDone() {
        if (stopping) {
            return;
        }
        try (Connection connection = ownerDataSource.getConnection()) {
            boolean recorded = migrator.isRecordedApplied(connection);
            if (!recorded) {
                migrator.migrate(connection);
            }
            LOG.info(() -> "AIVA database schema '" + schema + "' is up to date"
                    + (recorded ? " (this build's changelog is recorded as applied)" : "")
                    + (lastFailure == null ? "" : " (the database answers again)"));
            lastFailure = null;
            schemaIsCurrent();
        } catch (SQLException | MigrationException | RuntimeException e) {
            String reason = SchemaMigrator.rootMessage(e);
            if (!reason.equals(lastFailure)) {
                LOG.warning(() -> "AIVA cannot migrate the database yet (" + reason + "); /health/ready stays DOWN"
                        + " and migration is retried every " + retrySeconds + " s");
                LOG.log(Level.FINE, "migration failure detail", e);
            }
            lastFailure = reason;
            if (!stopping) {
                scheduler.schedule(this::migrateUntilDone, retrySeconds, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Tells the work that needs the current schema. Readiness waits for the synchronous observers (the
     * question library's restock: a request must not find a company without the questions this build
     * ships; the check that this server's keys open the stored secrets), not for the asynchronous ones
     * (the job scheduler's start: a job scheduled meanwhile waits in its table until the scheduler's
     * first poll), which follow the synchronous ones so that the scheduler knows the secrets' check.
     */
    private void schemaIsCurrent() {
        schemaCurrent.fire(new SchemaCurrent());
        schemaCurrent.fireAsync(new SchemaCurrent()).whenComplete((event, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "Work that waits for the current schema failed: " + SchemaMigrator.rootMessage(failure)
                        + "; it is tried again at the next start", failure);
            }
        });
        schemaWorkDone = true;
    }

    /** The answer to "may this server take traffic?", with a one-line reason when it may not. */
    public record Readiness(boolean ready, String reason) {

        static Readiness up() {
            return new Readiness(true, null);
        }

        static Readiness down(String reason) {
            return new Readiness(false, reason);
        }
    }
}
