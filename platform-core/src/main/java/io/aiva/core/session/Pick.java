package io.aiva.core.session;

import java.util.UUID;

/** The next question to ask, and the section it belongs to. */
public record Pick(int section, UUID questionId) {
}
