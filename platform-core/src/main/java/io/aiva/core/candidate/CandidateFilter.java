package io.aiva.core.candidate;

/** Which candidates a list shows; a null criterion does not filter. */
public record CandidateFilter(String email, String externalId) {
}
