package io.aiva.core.session;

import java.time.Instant;
import java.time.OffsetDateTime;
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
import io.aiva.core.question.QuestionContent;
import io.aiva.core.tenancy.TenantData;

/** A question as it was asked in one interview: its content is kept, whatever becomes of the question. */
@Entity
@Table(name = "session_question")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantData.TENANT_PROPERTY)
public class SessionQuestion {

    @Id
    private UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(nullable = false, updatable = false)
    private int ordinal;

    @Column(name = "section_index", nullable = false, updatable = false)
    private int sectionIndex;

    @Column(name = "question_id", nullable = false, updatable = false)
    private UUID questionId;

    @Column(name = "translation_group", nullable = false, updatable = false)
    private UUID translationGroup;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "latest_attempt")
    private Integer latestAttempt;

    @Column(name = "provisional_score")
    private Double provisionalScore;

    protected SessionQuestion() {
    }

    SessionQuestion(UUID id, UUID sessionId, int ordinal, int sectionIndex, UUID questionId, UUID translationGroup,
            QuestionContent content, Instant now) {
        this.id = id;
        this.sessionId = sessionId;
        this.ordinal = ordinal;
        this.sectionIndex = sectionIndex;
        this.questionId = questionId;
        this.translationGroup = translationGroup;
        this.content = StoredJson.write(content);
        this.askedAt = StoredTime.of(now);
    }

    void answered(int attempt, Double score, Instant now) {
        latestAttempt = attempt;
        provisionalScore = score;
        answeredAt = StoredTime.of(now);
    }

    public UUID id() {
        return id;
    }

    UUID sessionId() {
        return sessionId;
    }

    public int ordinal() {
        return ordinal;
    }

    public int sectionIndex() {
        return sectionIndex;
    }

    public UUID questionId() {
        return questionId;
    }

    public QuestionContent content() {
        return StoredJson.read(content, new TypeReference<QuestionContent>() { });
    }

    public Instant askedAt() {
        return askedAt.toInstant();
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Integer> latestAttempt() {
        return Optional.ofNullable(latestAttempt);
    }

    Asked asAsked() {
        QuestionContent asked = content();
        return new Asked(sectionIndex, questionId, translationGroup, asked.competency(), asked.difficulty(), provisionalScore);
    }
}
