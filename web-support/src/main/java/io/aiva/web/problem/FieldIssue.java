package io.aiva.web.problem;

/**
 * One refused input field of a problem document: a JSON pointer into the request body, or the name
 * of a parameter or header, and why it was refused.
 */
public record FieldIssue(String field, String reason) {
}
