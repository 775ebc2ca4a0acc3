package io.aiva.core.session;

import java.util.UUID;

/** A question already asked in an interview, as the engine needs it to choose the next one. */
public record Asked(int section, UUID questionId, UUID translationGroup, String competency, int difficulty,
        Double provisionalScore) {
}
