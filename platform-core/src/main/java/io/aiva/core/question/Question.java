package io.aiva.core.question;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

/**
 * One question of a company's bank, in one language. The rubric, lists and coding task are kept as
 * JSON documents: they are read and written whole, never queried into.
 */
@Entity
@Table(name = "question")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class Question {

    /** Where a question comes from: AIVA's library (read-only) or the company itself. */
    public enum Source {
        LIBRARY, CUSTOM
    }

    /** Archived questions stay for the templates and interviews that used them, but are offered no more. */
    public enum Status {
        ACTIVE, ARCHIVED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "library_key", updatable = false)
    private String libraryKey;

    @Column(name = "translation_group", nullable = false, updatable = false)
    private UUID translationGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String competency;

    @Column(nullable = false)
    private int difficulty;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String prompt;

    @Column(name = "reference_answer")
    private String referenceAnswer;

    @Column(nullable = false)
    private String rubric;

    @Column(name = "job_roles", nullable = false)
    private String jobRoles;

    @Column(nullable = false)
    private String tags;

    @Column(name = "suggested_minutes")
    private Integer suggestedMinutes;

    private String coding;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Question() {
    }

    Question(UUID id, Source source, String libraryKey, UUID translationGroup, QuestionContent content, Instant now) {
        this.id = id;
        this.source = source;
        this.libraryKey = libraryKey;
        this.translationGroup = translationGroup;
        this.status = Status.ACTIVE;
        this.createdAt = StoredTime.of(now);
        apply(content, now);
    }

    void apply(QuestionContent content, Instant now) {
        type = content.type().code();
        competency = content.competency();
        difficulty = content.difficulty();
        language = content.language();
        title = content.title();
        prompt = content.prompt();
        referenceAnswer = content.referenceAnswer();
        rubric = StoredJson.write(content.rubric());
        jobRoles = StoredJson.write(content.jobRoles());
        tags = StoredJson.write(content.tags());
        suggestedMinutes = content.suggestedMinutes();
        coding = content.coding() == null ? null : StoredJson.write(content.coding());
        updatedAt = StoredTime.of(now);
    }

    void archive(Instant now) {
        status = Status.ARCHIVED;
        updatedAt = StoredTime.of(now);
    }

    public UUID id() {
        return id;
    }

    public Source source() {
        return source;
    }

    public Optional<String> libraryKey() {
        return Optional.ofNullable(libraryKey);
    }

    /** Shared by the language variants of one question. */
    public UUID translationGroup() {
        return translationGroup;
    }

    public Status status() {
        return status;
    }

    public QuestionContent content() {
        return new QuestionContent(QuestionType.ofCode(type), competency, difficulty, language, title, prompt,
                referenceAnswer, StoredJson.read(rubric, new TypeReference<List<RubricCriterion>>() { }),
                StoredJson.read(jobRoles, new TypeReference<List<String>>() { }), StoredJson.read(tags, new TypeReference<List<String>>() { }),
                suggestedMinutes, coding == null ? null : StoredJson.read(coding, new TypeReference<CodingTask>() { }));
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
