package io.aiva.core.assignment;

import java.util.UUID;

/** Which assignments a list shows; a null criterion does not filter. */
public record AssignmentFilter(AssignmentStatus status, UUID candidateId, UUID templateId, String externalReference) {
}
