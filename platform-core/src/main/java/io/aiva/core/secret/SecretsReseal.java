package io.aiva.core.secret;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.aiva.core.job.JobType;
import io.aiva.core.tenancy.Tenants;

/**
 * Seals every stored secret again with the current key, company by company (each in a transaction
 * bound to it), so that after a change of key the old one can be retired: EclipseLink writes a value
 * only when it changes, and most never do. Daily by default, one server of several at a time; the
 * log says when every stored secret is sealed with the current key.
 */
@ApplicationScoped
public class SecretsReseal implements JobType {

    private static final Logger LOG = Logger.getLogger(SecretsReseal.class.getName());
    static final String JOB_NAME = "secrets-reseal";

    @Inject
    Tenants tenants;

    @Inject
    CompanySecrets companySecrets;

    @Inject
    SecretSealer sealer;

    @Inject
    @ConfigProperty(name = "aiva.secrets.reseal-interval-hours", defaultValue = "24")
    long intervalHours;

    private Task<Void> task;

    @PostConstruct
    void defineTask() {
        task = Tasks.recurring(JOB_NAME, FixedDelay.of(Duration.ofHours(intervalHours))).execute((instance, context) -> run());
    }

    @Override
    public Task<?> task() {
        return task;
    }

    private void run() {
        int written = 0;
        for (UUID tenantId : tenants.allIds()) {
            written += companySecrets.sealAgain(tenantId);
        }
        int total = written;
        LOG.info(() -> "Every stored secret is sealed with key " + sealer.currentKeyId() + " (" + total + " rows written)");
    }
}
