package io.aiva.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.aiva.core.migration.DatabaseSchema;

/** {@code /health/ready} is UP only while the database answers with every migration applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseSchema databaseSchema;

    @Override
    public HealthCheckResponse call() {
        DatabaseSchema.Readiness readiness = databaseSchema.readiness();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").status(readiness.ready());
        if (!readiness.ready()) {
            response.withData("reason", readiness.reason());
        }
        return response.build();
    }
}
