package io.aiva.core.assignment;

import java.time.Instant;
import java.util.UUID;

/** What a launch link stands for: one link (by id) to one company's assignment, until it expires. */
public record LaunchLink(UUID tenantId, UUID assignmentId, UUID linkId, Instant expiresAt) {
}
