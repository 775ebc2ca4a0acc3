package io.aiva.core.question;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A question of AIVA's library: its stable key, its English content, and its translations by
 * language (each a complete question in that language, with the English weights).
 */
public record LibraryQuestion(String key, QuestionContent english, Map<String, QuestionContent> translations) {

    public LibraryQuestion {
        translations = Map.copyOf(translations);
    }

    /** The same in every company, so the language variants of one library question are found together. */
    public UUID translationGroup() {
        return UUID.nameUUIDFromBytes(("aiva-library:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
