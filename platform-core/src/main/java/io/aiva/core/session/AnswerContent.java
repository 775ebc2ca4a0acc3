package io.aiva.core.session;

import java.time.Instant;

import io.aiva.core.template.AnswerMode;

/** What a candidate submits for a question: one of transcript, text or code, and its timing. */
public record AnswerContent(AnswerMode mode, String transcript, String text, String code, String codeLanguage,
        String mediaRef, Instant startedAt, Long durationMs) {

    /** The words of the answer, whichever way it was given. */
    public String words() {
        return switch (mode) {
            case VOICE -> transcript;
            case TEXT -> text;
            case CODE -> code;
        };
    }
}
