package io.aiva.core.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.tenancy.TenantData;

/** Something done to or within a company that must be answerable later: who, what, when, which request. */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class AuditEvent {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String detail;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Column(name = "dedupe_key", updatable = false)
    private String dedupeKey;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Actor actor, String action, String subject, String detail, String dedupeKey) {
        this.id = UUID.randomUUID();
        this.occurredAt = StoredTime.of(occurredAt);
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.requestId = actor.requestId();
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.dedupeKey = dedupeKey;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String requestId() {
        return requestId;
    }
}
