package io.aiva.core.company;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.fasterxml.jackson.core.type.TypeReference;

import io.aiva.core.StoredJson;
import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** A company's choices about how AIVA works for it: the row exists once it changed a default. */
@Entity
@Table(name = "company_settings")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class CompanySettings {

    @Id
    private UUID id;

    @Column(name = "analysis_provider", nullable = false)
    private String analysisProvider;

    @Column(name = "candidates_see_suggestions", nullable = false)
    private boolean candidatesSeeSuggestions;

    @Column(name = "embed_origins", nullable = false)
    private String embedOrigins;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CompanySettings() {
    }

    CompanySettings(UUID id, String analysisProvider, boolean candidatesSeeSuggestions, List<String> embedOrigins, Instant now) {
        this.id = id;
        choose(analysisProvider, candidatesSeeSuggestions, embedOrigins, now);
    }

    void choose(String provider, boolean suggestionsShown, List<String> origins, Instant now) {
        analysisProvider = provider;
        candidatesSeeSuggestions = suggestionsShown;
        embedOrigins = StoredJson.write(origins);
        updatedAt = StoredTime.of(now);
    }

    public String analysisProvider() {
        return analysisProvider;
    }

    public boolean candidatesSeeSuggestions() {
        return candidatesSeeSuggestions;
    }

    public List<String> embedOrigins() {
        return StoredJson.read(embedOrigins, new TypeReference<List<String>>() {
        });
    }

    public long version() {
        return version;
    }
}
