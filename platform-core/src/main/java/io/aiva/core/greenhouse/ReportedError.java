package io.aiva.core.greenhouse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import com.fasterxml.jackson.core.type.TypeReference;

import io.aiva.core.StoredJson;
import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** An answer of AIVA's that Greenhouse could not use, as Greenhouse reported it. */
@Entity
@Table(name = "greenhouse_reported_error")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class ReportedError {

    @Id
    private UUID id;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "api_call", nullable = false, updatable = false)
    private String apiCall;

    @Column(nullable = false, updatable = false)
    private String errors;

    @Column(name = "partner_test_id", updatable = false)
    private String partnerTestId;

    @Column(name = "partner_test_name", updatable = false)
    private String partnerTestName;

    @Column(name = "partner_interview_id", updatable = false)
    private String partnerInterviewId;

    @Column(name = "candidate_email", updatable = false)
    private String candidateEmail;

    @Column(updatable = false)
    private String raw;

    @Column(name = "integration_key_id", nullable = false, updatable = false)
    private UUID integrationKeyId;

    protected ReportedError() {
    }

    ReportedError(UUID id, ErrorReport report, UUID integrationKeyId, Instant now) {
        this.id = id;
        this.receivedAt = StoredTime.of(now);
        this.apiCall = report.apiCall();
        this.errors = StoredJson.write(report.errors());
        this.partnerTestId = report.partnerTestId();
        this.partnerTestName = report.partnerTestName();
        this.partnerInterviewId = report.partnerInterviewId();
        this.candidateEmail = report.candidateEmail();
        this.raw = report.raw();
        this.integrationKeyId = integrationKeyId;
    }

    public UUID id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt.toInstant();
    }

    public String apiCall() {
        return apiCall;
    }

    public List<String> errors() {
        return StoredJson.read(errors, new TypeReference<List<String>>() {
        });
    }

    public Optional<String> partnerTestId() {
        return Optional.ofNullable(partnerTestId);
    }

    public Optional<String> partnerTestName() {
        return Optional.ofNullable(partnerTestName);
    }

    public Optional<String> partnerInterviewId() {
        return Optional.ofNullable(partnerInterviewId);
    }

    public Optional<String> candidateEmail() {
        return Optional.ofNullable(candidateEmail);
    }
}
