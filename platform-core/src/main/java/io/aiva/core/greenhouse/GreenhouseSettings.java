package io.aiva.core.greenhouse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.secret.SealedColumn;
import io.aiva.core.tenancy.TenantData;

/** A company's Greenhouse choices; the row exists once it changed a default. */
@Entity
@Table(name = "greenhouse_settings")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class GreenhouseSettings {

    static final int DEFAULT_DEADLINE_DAYS = 7;

    @Id
    private UUID id;

    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    @Convert(converter = SealedColumn.class)
    @Column(name = "callback_credential")
    private String callbackCredential;

    @Column(name = "callback_credential_set_at")
    private OffsetDateTime callbackCredentialSetAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected GreenhouseSettings() {
    }

    GreenhouseSettings(UUID id, Instant now) {
        this.id = id;
        this.deadlineDays = DEFAULT_DEADLINE_DAYS;
        this.updatedAt = StoredTime.of(now);
    }

    /** The defaults of a company that never changed them. */
    static GreenhouseSettings defaults() {
        GreenhouseSettings settings = new GreenhouseSettings();
        settings.deadlineDays = DEFAULT_DEADLINE_DAYS;
        return settings;
    }

    void deadlineDays(int days, Instant now) {
        deadlineDays = days;
        updatedAt = StoredTime.of(now);
    }

    /** An empty credential removes it. */
    void callbackCredential(String credential, Instant now) {
        callbackCredential = credential.isEmpty() ? null : credential;
        callbackCredentialSetAt = credential.isEmpty() ? null : StoredTime.of(now);
        updatedAt = StoredTime.of(now);
    }

    public int deadlineDays() {
        return deadlineDays;
    }

    public Optional<Instant> callbackCredentialSetAt() {
        return Optional.ofNullable(callbackCredentialSetAt).map(OffsetDateTime::toInstant);
    }

    Optional<String> callbackCredential() {
        return Optional.ofNullable(callbackCredential);
    }
}
