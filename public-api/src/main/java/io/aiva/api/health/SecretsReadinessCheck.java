package io.aiva.api.health;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.aiva.core.secret.SecretSealer;

/** {@code /health/ready} is DOWN while the server has no usable key to seal and read stored secrets with. */
@Readiness
@ApplicationScoped
public class SecretsReadinessCheck implements HealthCheck {

    @Inject
    SecretSealer sealer;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = sealer.problem();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("secrets").status(problem.isEmpty());
        problem.ifPresent(reason -> response.withData("reason", reason));
        return response.build();
    }
}
