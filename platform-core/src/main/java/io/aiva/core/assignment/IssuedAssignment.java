package io.aiva.core.assignment;

import java.time.Instant;

/** An assignment with a launch link just made for it: the URL exists only in this answer. */
public record IssuedAssignment(Assignment assignment, String launchUrl, Instant launchUrlExpiresAt) {
}
