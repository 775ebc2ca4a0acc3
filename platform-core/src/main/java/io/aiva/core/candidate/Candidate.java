package io.aiva.core.candidate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** Someone a company interviews. */
@Entity
@Table(name = "candidate")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class Candidate {

    @Id
    private UUID id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_lookup", nullable = false)
    private String emailLookup;

    @Column(name = "external_id")
    private String externalId;

    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Candidate() {
    }

    Candidate(UUID id, CandidateDetails details, Instant now) {
        this.id = id;
        this.createdAt = StoredTime.of(now);
        apply(details, now);
    }

    void apply(CandidateDetails details, Instant now) {
        firstName = details.firstName();
        lastName = details.lastName();
        email = details.email();
        emailLookup = lookupForm(details.email());
        externalId = details.externalId();
        phone = details.phone();
        updatedAt = StoredTime.of(now);
    }

    static String lookupForm(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public CandidateDetails details() {
        return new CandidateDetails(firstName, lastName, email, externalId, phone);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    /** Increases with every change; the API's ETag. */
    public long version() {
        return version;
    }
}
