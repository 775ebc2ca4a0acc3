package io.aiva.core.company;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.InvalidInputException;
import io.aiva.core.StaleVersionException;
import io.aiva.core.analysis.ConfiguredAnalysis;
import io.aiva.core.tenancy.TenantData;

/** The current company's settings, with the deployment's defaults for what it has not chosen. */
@ApplicationScoped
public class CompanyPreferences {

    /** What a company has chosen, or the defaults; version 0 until it first chooses. */
    public record Preferences(String analysisProvider, List<String> availableAnalysisProviders, boolean candidatesSeeSuggestions,
            long version) {
    }

    @Inject
    TenantData data;

    @Inject
    ConfiguredAnalysis analysis;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Preferences current() {
        return view(stored(data.forCurrentTenant()));
    }

    /**
     * @throws InvalidInputException when this deployment offers no such provider
     * @throws StaleVersionException when the settings changed since {@code expectedVersion}
     */
    @Transactional
    public Preferences choose(OptionalLong expectedVersion, String provider, boolean candidatesSeeSuggestions) {
        if (!analysis.available().contains(provider)) {
            throw new InvalidInputException(List.of(new InvalidInputException.Issue("/analysisProvider",
                    "is not offered by this deployment; it offers " + String.join(", ", analysis.available()))));
        }
        EntityManager entityManager = data.forCurrentTenant();
        CompanySettings settings = stored(entityManager);
        StaleVersionException.refuseStale(expectedVersion, settings == null ? 0 : settings.version());
        if (settings == null) {
            settings = new CompanySettings(UUID.randomUUID(), provider, candidatesSeeSuggestions, clock.instant());
            entityManager.persist(settings);
        } else {
            settings.choose(provider, candidatesSeeSuggestions, clock.instant());
        }
        entityManager.flush();
        return view(settings);
    }

    private Preferences view(CompanySettings settings) {
        return settings == null
                ? new Preferences(analysis.defaultProvider(), analysis.available(), false, 0)
                : new Preferences(settings.analysisProvider(), analysis.available(), settings.candidatesSeeSuggestions(),
                        settings.version());
    }

    private static CompanySettings stored(EntityManager entityManager) {
        return entityManager.createQuery("SELECT s FROM CompanySettings s", CompanySettings.class).getResultStream()
                .findFirst().orElse(null);
    }
}
