package io.aiva.core.assignment;

import java.time.Instant;
import java.util.UUID;

/** What an assignment is made of; a null deadline means the default. */
public record NewAssignment(UUID candidateId, UUID templateId, Instant deadline, String externalReference) {
}
