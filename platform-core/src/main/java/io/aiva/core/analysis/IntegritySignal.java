package io.aiva.core.analysis;

import java.util.OptionalInt;

/**
 * Something about how an interview was taken that a person may want to look at. It is shown apart
 * from the scores and never changes them: a reason to look, not a finding.
 *
 * @param kind        a stable code, such as {@code implausible_typing_speed}
 * @param ordinal     the question it concerns, when it concerns one
 * @param description what was seen, in words, with the figures
 */
public record IntegritySignal(String kind, OptionalInt ordinal, String description) {
}
