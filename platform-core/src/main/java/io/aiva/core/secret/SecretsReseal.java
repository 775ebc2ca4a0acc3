package io.aiva.core.secret;

import java.time.Duration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
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
 * only when it changes, and most never do. At the first start on a database, then daily by default,
 * one server of several at a time. The log says when every stored secret (and the canary) is sealed
 * with the current key, counted as stored after the writes; a company whose secrets cannot be read
 * is named and skipped, and the others are still done.
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
        String keyId = sealer.currentKeyId();
        int written = 0;
        long notSealed = 0;
        List<UUID> failed = new ArrayList<>();
        for (UUID tenantId : tenants.allIds()) {
            try {
                CompanySecrets.Resealed resealed = companySecrets.sealAgain(tenantId, keyId);
                written += resealed.rowsWritten();
                notSealed += resealed.notSealedWithKey();
            } catch (RuntimeException e) {
                failed.add(tenantId);
                LOG.log(Level.WARNING, "The stored secrets of company " + tenantId + " cannot be sealed again: "
                        + e.getMessage(), e);
            }
        }
        boolean canarySealed = sealCanaryAgain();
        int total = written;
        if (failed.isEmpty() && notSealed == 0 && canarySealed) {
            LOG.info(() -> "Every stored secret is sealed with key " + keyId + " (" + total + " rows written)");
        } else {
            long left = notSealed;
            LOG.warning(() -> "Stored secrets not sealed with key " + keyId + " yet: " + left + " value(s) changed during"
                    + " the run, and the secrets of " + failed.size() + " company(ies) that could not be read " + failed
                    + (canarySealed ? "" : ", and the canary") + "; the next run tries again");
        }
    }

    private boolean sealCanaryAgain() {
        try {
            sealer.sealCanaryAgain();
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The secrets' canary cannot be sealed again: " + e.getMessage(), e);
            return false;
        }
    }
}
