package io.aiva.core.company;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import io.aiva.core.tenancy.TenantStatus;
import io.aiva.core.tenancy.Tenants;

/** The current company's settings, with the deployment's defaults for what it has not chosen. */
@ApplicationScoped
public class CompanyPreferences {

    /** What a company has chosen, or the defaults; version 0 until it first chooses. */
    public record Preferences(String analysisProvider, List<String> availableAnalysisProviders, boolean candidatesSeeSuggestions,
            List<String> embedOrigins, long version) {
    }

    @Inject
    TenantData data;

    @Inject
    ConfiguredAnalysis analysis;

    @Inject
    Tenants tenants;

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
    public Preferences choose(OptionalLong expectedVersion, String provider, boolean candidatesSeeSuggestions,
            List<String> embedOrigins) {
        List<InvalidInputException.Issue> issues = new ArrayList<>(EmbedOrigins.issues(embedOrigins));
        if (!analysis.available().contains(provider)) {
            issues.add(0, new InvalidInputException.Issue("/analysisProvider",
                    "is not offered by this deployment; it offers " + String.join(", ", analysis.available())));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
        List<String> origins = EmbedOrigins.normalised(embedOrigins);
        EntityManager entityManager = data.forCurrentTenant();
        CompanySettings settings = stored(entityManager);
        StaleVersionException.refuseStale(expectedVersion, settings == null ? 0 : settings.version());
        if (settings == null) {
            settings = new CompanySettings(UUID.randomUUID(), provider, candidatesSeeSuggestions, origins, clock.instant());
            entityManager.persist(settings);
        } else {
            settings.choose(provider, candidatesSeeSuggestions, origins, clock.instant());
        }
        entityManager.flush();
        return view(settings);
    }

    /**
     * {@code hostOrigin} as the company with this slug lists it among the sites that may frame its
     * interviews, for the interview page, which is answered before anyone signs in; empty when it
     * does not list it, or no active company has the slug.
     */
    @Transactional
    public Optional<String> embedOrigin(String companySlug, String hostOrigin) {
        String origin = EmbedOrigins.normalised(hostOrigin);
        return tenants.findBySlug(companySlug).filter(company -> company.status() == TenantStatus.ACTIVE)
                .map(company -> stored(data.forTenant(company.id()))).map(CompanySettings::embedOrigins)
                .filter(listed -> listed.contains(origin)).map(listed -> origin);
    }

    /** Whether the current company lets pages of {@code hostOrigin} frame its interviews. */
    @Transactional
    public boolean mayEmbed(String hostOrigin) {
        return current().embedOrigins().contains(EmbedOrigins.normalised(hostOrigin));
    }

    private Preferences view(CompanySettings settings) {
        return settings == null
                ? new Preferences(analysis.defaultProvider(), analysis.available(), false, List.of(), 0)
                : new Preferences(settings.analysisProvider(), analysis.available(), settings.candidatesSeeSuggestions(),
                        settings.embedOrigins(), settings.version());
    }

    private static CompanySettings stored(EntityManager entityManager) {
        return entityManager.createQuery("SELECT s FROM CompanySettings s", CompanySettings.class).getResultStream()
                .findFirst().orElse(null);
    }
}
