package io.aiva.core.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
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

/** Something that happened to one of a company's items, with the data a receiver needs. */
@Entity
@Table(name = "domain_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class DomainEvent {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;

    @Column(nullable = false, updatable = false)
    private String data;

    protected DomainEvent() {
    }

    DomainEvent(UUID id, String type, Instant occurredAt, UUID subjectId, Map<String, Object> data) {
        this.id = id;
        this.type = type;
        this.occurredAt = StoredTime.of(occurredAt);
        this.subjectId = subjectId;
        this.data = StoredJson.write(data);
    }

    public UUID id() {
        return id;
    }

    /** Such as {@code assignment.completed}. */
    public String type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    /** The item it happened to. */
    public UUID subjectId() {
        return subjectId;
    }

    public Map<String, Object> data() {
        return StoredJson.read(data, new TypeReference<Map<String, Object>>() { });
    }
}
