package io.aiva.core.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import io.aiva.core.StoredTime;
import io.aiva.core.template.AnswerMode;
import io.aiva.core.tenancy.TenantData;

/**
 * One attempt at answering one asked question. Never changed once written: a retry of the same
 * attempt is recognised by its fingerprint, a different answer is a new attempt.
 */
@Entity
@Table(name = "answer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class Answer {

    @Id
    private UUID id;

    @Column(name = "session_question_id", nullable = false, updatable = false)
    private UUID sessionQuestionId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AnswerMode mode;

    @Column(updatable = false)
    private String transcript;

    @Column(name = "answer_text", updatable = false)
    private String text;

    @Column(updatable = false)
    private String code;

    @Column(name = "code_language", updatable = false)
    private String codeLanguage;

    @Column(name = "media_ref", updatable = false)
    private String mediaRef;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "duration_ms", updatable = false)
    private Long durationMs;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(nullable = false, updatable = false)
    private boolean late;

    @Column(nullable = false, updatable = false)
    private String fingerprint;

    protected Answer() {
    }

    Answer(UUID id, UUID sessionQuestionId, int attempt, AnswerContent content, String fingerprint, boolean late, Instant now) {
        this.id = id;
        this.sessionQuestionId = sessionQuestionId;
        this.attempt = attempt;
        this.mode = content.mode();
        this.transcript = content.transcript();
        this.text = content.text();
        this.code = content.code();
        this.codeLanguage = content.codeLanguage();
        this.mediaRef = content.mediaRef();
        this.startedAt = StoredTime.of(content.startedAt());
        this.durationMs = content.durationMs();
        this.submittedAt = StoredTime.of(now);
        this.late = late;
        this.fingerprint = fingerprint;
    }

    public int attempt() {
        return attempt;
    }

    UUID sessionQuestionId() {
        return sessionQuestionId;
    }

    /** What was answered, as submitted. */
    public AnswerContent content() {
        return new AnswerContent(mode, transcript, text, code, codeLanguage, mediaRef, startedAt.toInstant(), durationMs);
    }

    String fingerprint() {
        return fingerprint;
    }

    public Instant submittedAt() {
        return submittedAt.toInstant();
    }

    /** Submitted after the interview's time was up; kept all the same. */
    public boolean late() {
        return late;
    }
}
