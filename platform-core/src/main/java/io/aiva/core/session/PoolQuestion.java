package io.aiva.core.session;

import java.util.UUID;

/** A question a selection rule may pick, as the engine sees it. */
public record PoolQuestion(UUID questionId, UUID translationGroup, String competency, int difficulty) {
}
