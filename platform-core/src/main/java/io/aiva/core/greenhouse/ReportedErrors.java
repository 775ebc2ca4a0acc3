package io.aiva.core.greenhouse;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.aiva.core.tenancy.TenantData;

/** The errors Greenhouse reports about AIVA's answers, kept for the company's admin to read. */
@ApplicationScoped
public class ReportedErrors {

    static final int SHOWN = 100;
    private static final Logger LOG = Logger.getLogger(ReportedErrors.class.getName());

    @Inject
    TenantData data;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public void record(ErrorReport report, KeyHolder key) {
        data.forCurrentTenant().persist(new ReportedError(UUID.randomUUID(), report, key.keyId(), clock.instant()));
        LOG.warning(() -> "Greenhouse reported an unusable answer to " + report.apiCall() + " (key " + key.keyName() + "): "
                + String.join("; ", report.errors()));
    }

    /** The newest {@value #SHOWN}, newest first. */
    @Transactional
    public List<ReportedError> newest() {
        return data.forCurrentTenant().createQuery("SELECT e FROM ReportedError e ORDER BY e.receivedAt DESC, e.id DESC",
                ReportedError.class).setMaxResults(SHOWN).getResultList();
    }
}
