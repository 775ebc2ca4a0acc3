package io.aiva.core.template;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A company's interview template; its sections, modes and avatar are kept as JSON documents. */
@Entity
@Table(name = "interview_template")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class InterviewTemplate {

    /** Archived templates take no new assignments; those made from them go on. */
    public enum Status {
        ACTIVE, ARCHIVED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "job_role")
    private String jobRole;

    @Column(nullable = false)
    private String language;

    @Column(name = "answer_modes", nullable = false)
    private String answerModes;

    @Column(nullable = false)
    private String avatar;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(nullable = false)
    private String sections;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected InterviewTemplate() {
    }

    InterviewTemplate(UUID id, TemplatePlan plan, Instant now) {
        this.id = id;
        this.status = Status.ACTIVE;
        this.createdAt = StoredTime.of(now);
        apply(plan, now);
    }

    void apply(TemplatePlan plan, Instant now) {
        name = plan.name();
        description = plan.description();
        jobRole = plan.jobRole();
        language = plan.language();
        answerModes = StoredJson.write(plan.answerModes());
        avatar = StoredJson.write(plan.avatar());
        timeLimitMinutes = plan.timeLimitMinutes();
        sections = StoredJson.write(plan.sections());
        updatedAt = StoredTime.of(now);
    }

    void archive(Instant now) {
        status = Status.ARCHIVED;
        updatedAt = StoredTime.of(now);
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public TemplatePlan plan() {
        return new TemplatePlan(name, description, jobRole, language,
                StoredJson.read(answerModes, new TypeReference<Set<AnswerMode>>() { }),
                StoredJson.read(avatar, new TypeReference<Avatar>() { }), timeLimitMinutes,
                StoredJson.read(sections, new TypeReference<List<Section>>() { }));
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
